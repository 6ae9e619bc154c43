-- Opens each file of DOCRULES_FILES (a JSON list) in headless Neovim, attaches the DocRules
-- language server (DOCRULES_CMD, a JSON list: the command line of `docrules lsp`) and writes,
-- per file, the filetype Neovim chose and the codes of the diagnostics that arrived, to
-- DOCRULES_OUT as JSON. Run with `nvim --headless -u NONE -l` style flags: see NeovimTests.cs.
local cmd = vim.fn.json_decode(os.getenv("DOCRULES_CMD"))
local files = vim.fn.json_decode(os.getenv("DOCRULES_FILES"))
local root = os.getenv("DOCRULES_ROOT")
local settings = vim.fn.json_decode(os.getenv("DOCRULES_SETTINGS"))
local timeout = tonumber(os.getenv("DOCRULES_TIMEOUT_MS") or "60000")

local client_id
local function attach(bufnr)
  local config = {
    name = "docrules",
    cmd = cmd,
    root_dir = root,
    init_options = settings,
    flags = { debounce_text_changes = 0 },
  }
  if vim.lsp.start then
    -- Neovim 0.8 and later.
    return vim.lsp.start(config, { bufnr = bufnr })
  end
  -- Neovim 0.7 (Debian 12): start once, attach each buffer.
  client_id = client_id or vim.lsp.start_client(config)
  vim.lsp.buf_attach_client(bufnr, client_id)
  return client_id
end

local results = {}
for _, path in ipairs(files) do
  vim.cmd("edit " .. vim.fn.fnameescape(path))
  local bufnr = vim.api.nvim_get_current_buf()
  attach(bufnr)
  vim.wait(timeout, function() return #vim.diagnostic.get(bufnr) > 0 end, 20)
  local codes = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(codes, tostring(d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or "?"))
  end
  table.sort(codes)
  results[path] = { filetype = vim.bo[bufnr].filetype, codes = codes }
end

local out = io.open(os.getenv("DOCRULES_OUT"), "w")
out:write(vim.fn.json_encode(results))
out:close()
for _, client in pairs(vim.lsp.get_active_clients()) do
  client.stop()
end
vim.cmd("qa!")
