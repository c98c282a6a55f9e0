-- A headless Neovim session against `httpstatus lsp`, run by
-- TestNeovim: open the fixture's handler.go, wait for the server's
-- diagnostics, apply the quick fix for the first one, save, and wait for
-- that diagnostic to go. The result is written as JSON to $OUT.
--
-- Works with Neovim 0.7 (vim.lsp.start_client) and later (vim.lsp.start).

local bin, out = os.getenv("HTTPSTATUS"), os.getenv("OUT")
local wait_ms = 180000
local result = {}

local function finish()
  local f = assert(io.open(out, "w"))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd("qall!")
end

local function fail(msg)
  result.error = msg
  finish()
end

local function diagnostics(buf)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(list, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, source = d.source, message = d.message,
      code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code),
    })
  end
  table.sort(list, function(a, b) return a.lnum < b.lnum or a.lnum == b.lnum and a.col < b.col end)
  return list
end

local config = { name = "httpstatus", cmd = { bin, "lsp" }, root_dir = vim.fn.getcwd() }
local ok, err = pcall(function()
  vim.cmd("edit handler.go")
  local buf = vim.api.nvim_get_current_buf()
  if vim.lsp.start then
    vim.lsp.start(config)
  else
    vim.lsp.buf_attach_client(buf, vim.lsp.start_client(config))
  end

  if not vim.wait(wait_ms, function() return #vim.diagnostic.get(buf) > 0 end, 100) then
    return fail("no diagnostics")
  end
  result.before = diagnostics(buf)

  -- The quick fix at the first diagnostic, applied as the editor's own
  -- code action UI would.
  local d = vim.diagnostic.get(buf)[1]
  local client = vim.lsp.get_client_by_id(vim.lsp.get_active_clients()[1].id)
  local encoding = client.offset_encoding or "utf-16"
  local lsp_diag = d.user_data and d.user_data.lsp or nil
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = { start = { line = d.lnum, character = 0 }, ["end"] = { line = d.lnum, character = 200 } },
    context = { diagnostics = { lsp_diag } },
  }
  local responses = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, wait_ms)
  result.actions = {}
  for _, resp in pairs(responses or {}) do
    for _, action in ipairs(resp.result or {}) do
      table.insert(result.actions, { title = action.title, kind = action.kind, isPreferred = action.isPreferred })
      if action.edit and not result.applied then
        vim.lsp.util.apply_workspace_edit(action.edit, encoding)
        result.applied = action.title
      end
    end
  end
  if not result.applied then
    return fail("no code action to apply")
  end
  vim.cmd("write")
  result.text = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), "\n") .. "\n"

  if not vim.wait(wait_ms, function() return #vim.diagnostic.get(buf) == 0 end, 100) then
    result.after = diagnostics(buf)
    return fail("the fixed diagnostic stayed")
  end
  result.after = diagnostics(buf)
  finish()
end)
if not ok then
  fail(tostring(err))
end
