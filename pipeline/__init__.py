"""akn-pipeline: UN resolutions as text -> Akoma Ntoso 3.0 (AKN4UN) -> HTML, PDF, DOCX, EPUB."""

__version__ = "0.1.0"
