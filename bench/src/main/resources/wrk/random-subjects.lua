-- wrk script of QueryBenchmark (-Dbench.wrk=true): every request reads the profile of a subject picked at random
-- from the loaded set. Arguments after "--": the file of subject codes (one a line), the path before the code,
-- the path after it (e.g. "/profile?matter=GOV_PROCUREMENT&purpose=bench"); the Authorization header, if any,
-- is wrk's own -H.
local codes = {}
local before, after = "", ""
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("seed", counter)
end

function init(args)
  for line in io.lines(args[1]) do
    codes[#codes + 1] = line
  end
  before, after = args[2], args[3] or ""
  math.randomseed(os.time() * 1000 + (seed or 0))
end

function request()
  return wrk.format("GET", before .. codes[math.random(#codes)] .. after)
end
