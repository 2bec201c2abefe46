# Issue 5: partitions, capacity, metrics and hot keys, and the observation
# layer that ties them to the operations (see engine/src/observe/).
target_sources(shardscope_engine PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/../partitions/partition_map.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../partitions/partition_usage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../capacity/resource_capacity.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../capacity/auto_scaler.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../capacity/throttle_error.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../metrics/metric_names.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../metrics/hot_key_tracker.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../metrics/prometheus_writer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/observatory.cpp
  ${CMAKE_CURRENT_LIST_DIR}/resource_monitor.cpp
  ${CMAKE_CURRENT_LIST_DIR}/table_monitor.cpp
  ${CMAKE_CURRENT_LIST_DIR}/throughput.cpp
  ${CMAKE_CURRENT_LIST_DIR}/call_finisher.cpp
  ${CMAKE_CURRENT_LIST_DIR}/contributor_insights_ops.cpp
  ${CMAKE_CURRENT_LIST_DIR}/engine_observation.cpp
)
