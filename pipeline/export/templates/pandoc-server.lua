-- One pandoc process writes many documents (run as `pandoc lua pandoc-server.lua`).
--
-- Request on stdin: one line of JSON {"to": FORMAT, "length": N, "epoch": SECONDS,
--   "standalone": bool, "template": PATH|null, "reference_doc": PATH|null,
--   "highlight_method": NAME|null}
-- followed by N bytes of a Pandoc JSON document.
-- Reply on stdout: one line {"ok": true, "length": M} and M bytes of output,
-- or {"ok": false, "error": MESSAGE}.
--
-- What `pandoc --sandbox` guarantees on the command line is kept here by construction:
-- images are replaced by their description and the metadata fields that name files are
-- removed, so the writers read no file but pandoc's own data, the templates and the
-- reference document named by the caller.

local json = pandoc.json
local FILE_FIELDS = {"css", "epub-cover-image", "cover-image", "epub-fonts", "bibliography", "csl",
                     "reference-doc", "include-before", "include-after", "header-includes-file"}
local templates = {}

local function template_for(to, path)
  local key = to .. "\0" .. (path or "")
  if not templates[key] then
    local text
    if path then
      local f = assert(io.open(path, "rb"))
      text = f:read("a")
      f:close()
    else
      text = pandoc.template.default(to)
    end
    templates[key] = pandoc.template.compile(text, path)
  end
  return templates[key]
end

local function without_files(doc, payload)
  for _, field in ipairs(FILE_FIELDS) do
    doc.meta[field] = nil
  end
  if payload:find('"Image"', 1, true) then      -- walking costs: only when there may be an image
    doc = doc:walk{Image = function(image) return image.caption end}
  end
  return doc
end

local function convert(request, payload)
  local doc = without_files(pandoc.read(payload, "json"), payload)
  local options = {}
  if request.standalone or request.template then
    options.template = template_for(request.to, request.template)
  end
  if request.reference_doc then options.reference_doc = request.reference_doc end
  if request.highlight_method then options.highlight_method = request.highlight_method end
  local epoch = type(request.epoch) == "number" and tostring(math.floor(request.epoch)) or nil
  local environment = {SOURCE_DATE_EPOCH = epoch}
  return pandoc.system.with_environment(environment, function()
    return pandoc.write(doc, request.to, options)
  end)
end

while true do
  local line = io.read("l")
  if not line then break end
  local request = json.decode(line, false)
  local payload = io.read(request.length) or ""
  local ok, result = pcall(convert, request, payload)
  if ok then
    io.write(json.encode({ok = true, length = #result}), "\n", result)
  else
    io.write(json.encode({ok = false, error = tostring(result)}), "\n")
  end
  io.stdout:flush()
end
