# The expression pipeline (parse -> resolve -> evaluate); included by
# engine/CMakeLists.txt.
target_sources(shardscope_engine PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/src/expr/ast.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/src/expr/condition_evaluator.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/src/expr/expression_context.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/src/expr/expressions.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/src/expr/key_condition.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/src/expr/legacy_conditions.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/src/expr/legacy_items.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/src/expr/lexer.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/src/expr/node_checker.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/src/expr/parser.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/src/expr/path_checks.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/src/expr/path_lookup.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/src/expr/projector.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/src/expr/reserved_words.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/src/expr/update_applier.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/src/expr/update_checker.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/src/expr/value_ops.cpp
)
