-- wrk script: each request takes the next search URL of a mix (bench/search_bench.py urls).
--   python bench/search_bench.py urls > /tmp/h4_urls.txt
--   URLS=/tmp/h4_urls.txt wrk -t2 -c32 -d30s -s bench/search_wrk.lua http://127.0.0.1:8765
-- With COLD=1 every request gets a distinct (harmless) date_to, so no facet cache ever hits.
local paths = {}
for line in io.lines(os.getenv("URLS") or "/tmp/h4_urls.txt") do
  paths[#paths + 1] = line
end
local cold = os.getenv("COLD") == "1"
local counter = 0
request = function()
  counter = counter + 1
  local path = paths[(counter % #paths) + 1]
  if cold then
    local day = 1 + (counter % 28)
    local year = 2030 + math.floor(counter / 28) % 900
    path = path .. (path:find("?", 1, true) and "&" or "?") .. string.format("date_to=%04d-01-%02d", year, day)
  end
  return wrk.format("GET", path)
end
