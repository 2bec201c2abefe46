-- wrk script: GetItem of a random preloaded item.
-- Usage: wrk -t2 -c32 -d10s -s bench/wire/get_item.lua http://127.0.0.1:PORT/
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local common = dofile(dir .. "common.lua")

setup = common.setup
done = common.done

function init(args)
    common.init("GetItem")
end

local template = '{"TableName":"' .. common.table .. '","Key":{"pk":{"S":"%s"},"sk":{"S":"%s"}}}'

function request()
    local body = string.format(template, common.randomPartition(), common.randomSortKey())
    return wrk.format(nil, nil, nil, body)
end
