-- wrk: GET a random path of the file $PATHS (one per line).
-- Pacing, one of: $RATE_PER_THREAD requests a second from each wrk thread, on a schedule shared by the thread's
-- connections (wrk2's constant rate, which Debian does not package: a connection whose turn has come sends at once,
-- one that is early waits for its slot); or $DELAY_MS, a fixed pause on every connection between requests.
local paths = {}
for line in io.lines(os.getenv("PATHS")) do paths[#paths + 1] = line end
math.randomseed(tonumber(os.getenv("SEED") or "7"))
request = function() return wrk.format("GET", paths[math.random(#paths)]) end

local rate = tonumber(os.getenv("RATE_PER_THREAD") or "0")
local pause = tonumber(os.getenv("DELAY_MS") or "0")
if rate > 0 then
  local ffi = require("ffi")
  ffi.cdef [[
    typedef struct { long tv_sec; long tv_nsec; } pacing_timespec;
    int clock_gettime(int clock, pacing_timespec *now);
  ]]
  local now = ffi.new("pacing_timespec")
  local function millis()
    ffi.C.clock_gettime(1, now) -- CLOCK_MONOTONIC
    return tonumber(now.tv_sec) * 1000 + tonumber(now.tv_nsec) / 1e6
  end
  local interval, slot = 1000 / rate, nil
  delay = function()
    local t = millis()
    -- Behind schedule after a stall: catch up at most one second's worth, not an unbounded burst.
    if slot == nil or slot < t - 1000 then slot = t end
    local wait = slot - t
    slot = slot + interval
    return wait > 0 and math.floor(wait) or 0
  end
elseif pause > 0 then
  delay = function() return pause end
end
