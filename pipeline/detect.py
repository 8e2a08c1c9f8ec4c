"""Which of the six official languages a text is in, from its script and function words."""
import re

from .languages import SIGNATURE_WORDS


def detect_language(text: str) -> str:
    sample = text[:6000]
    scripts = {
        "ar": len(re.findall(r"[\u0600-\u06ff]", sample)),
        "zh": len(re.findall(r"[\u4e00-\u9fff]", sample)),
        "ru": len(re.findall(r"[\u0400-\u04ff]", sample)),
    }
    latin = len(re.findall(r"[A-Za-z]", sample))
    best = max(scripts, key=scripts.get)
    if scripts[best] > 0.2 * latin:
        return best
    words = re.findall(r"[^\W\d_]+", sample.lower())
    counts = {code: sum(1 for w in words if w in sig) for code, sig in SIGNATURE_WORDS.items()}
    return max(counts, key=counts.get)
