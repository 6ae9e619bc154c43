-- Editor latency as Neovim sees it: opens DOCRULES_FILE, attaches `docrules lsp` (DOCRULES_CMD,
-- a JSON list) with the client's debounce at 0, then inserts one letter at a random place
-- (DOCRULES_SEED) DOCRULES_EDITS times, one at a time, and records for each the milliseconds from
-- the edit to the arrival of the publishDiagnostics of that version. Writes them to DOCRULES_OUT.
local cmd = vim.fn.json_decode(os.getenv("DOCRULES_CMD"))
local settings = vim.fn.json_decode(os.getenv("DOCRULES_SETTINGS"))
local edits = tonumber(os.getenv("DOCRULES_EDITS"))
local seed = tonumber(os.getenv("DOCRULES_SEED"))

local arrivals = {}
local publish = vim.lsp.handlers["textDocument/publishDiagnostics"]
vim.lsp.handlers["textDocument/publishDiagnostics"] = function(err, result, ctx, config)
  if result and result.version then
    arrivals[result.version] = vim.loop.hrtime()
  end
  return publish(err, result, ctx, config)
end

vim.cmd("edit " .. vim.fn.fnameescape(os.getenv("DOCRULES_FILE")))
local bufnr = vim.api.nvim_get_current_buf()
local config = { name = "docrules", cmd = cmd, root_dir = os.getenv("DOCRULES_ROOT"), init_options = settings, flags = { debounce_text_changes = 0 } }
if vim.lsp.start then
  vim.lsp.start(config, { bufnr = bufnr })
else
  vim.lsp.buf_attach_client(bufnr, vim.lsp.start_client(config))
end

local function version()
  return vim.lsp.util.buf_versions[bufnr]
end

local opened = vim.loop.hrtime()
assert(vim.wait(120000, function() return version() ~= nil and arrivals[version()] ~= nil end, 1), "no diagnostics after opening")
local first_ms = (arrivals[version()] - opened) / 1e6

-- A small linear congruential generator: the same places on every run and Neovim version.
local state = seed
local function random(n)
  state = (state * 1103515245 + 12345) % 2147483648
  return state % n
end

local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
local prose = {}
for i, line in ipairs(lines) do
  if #line > 2 then
    table.insert(prose, i - 1)
  end
end

local function edit()
  local line = prose[random(#prose) + 1]
  local text = vim.api.nvim_buf_get_lines(bufnr, line, line + 1, false)[1]
  -- A byte column at a character boundary: count characters, not bytes.
  local chars = vim.fn.strchars(text)
  local column = vim.fn.byteidx(text, random(chars - 1) + 1)
  local letter = string.char(97 + random(26))
  local sent = vim.loop.hrtime()
  vim.api.nvim_buf_set_text(bufnr, line, column, line, column, { letter })
  local wanted = version()
  assert(vim.wait(60000, function() return arrivals[wanted] ~= nil end, 1), "no diagnostics for version " .. wanted)
  return (arrivals[wanted] - sent) / 1e6
end

for _ = 1, 10 do
  edit() -- warm-up: JIT and the server's block cache
end

local latencies = {}
for i = 1, edits do
  latencies[i] = edit()
end

local out = io.open(os.getenv("DOCRULES_OUT"), "w")
out:write(vim.fn.json_encode({ first = first_ms, latencies = latencies, version = string.format("NVIM v%d.%d.%d", vim.version().major, vim.version().minor, vim.version().patch) }))
out:close()
for _, client in pairs(vim.lsp.get_active_clients()) do
  client.stop()
end
vim.cmd("qa!")
