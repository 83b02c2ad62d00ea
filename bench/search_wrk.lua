-- wrk script: each request takes the next search URL of a mix (bench/search_bench.py urls).
--   wrk -t2 -c32 -d30s -s bench/search_wrk.lua http://127.0.0.1:8765
local paths = {}
for line in io.lines(os.getenv("URLS") or "/tmp/h4_urls.txt") do
  paths[#paths + 1] = line
end
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1], {["X-Forwarded-Proto"] = "https"})
end
