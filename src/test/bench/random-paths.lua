-- wrk: GET a random path of the file $PATHS (one per line); $DELAY_MS pauses each connection between requests.
local paths = {}
for line in io.lines(os.getenv("PATHS")) do paths[#paths + 1] = line end
local pause = tonumber(os.getenv("DELAY_MS") or "0")
math.randomseed(tonumber(os.getenv("SEED") or "7"))
request = function() return wrk.format("GET", paths[math.random(#paths)]) end
if pause > 0 then delay = function() return pause end end
