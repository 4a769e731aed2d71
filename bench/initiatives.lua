-- wrk script: rotate over initiative pages /initiatives/1 .. /initiatives/MAX (MAX from the environment)
local max = tonumber(os.getenv("BENCH_MAX_ID") or "78")
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", "/initiatives/" .. (1 + (counter * 7919) % max))
end
done = function(summary, latency, requests)
  io.write(string.format("non-2xx/3xx or socket errors: %d\n", summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
