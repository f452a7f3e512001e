# Runs a Qt Test executable with -functions and writes one add_test() per test function.
set(ENV{QT_QPA_PLATFORM} offscreen)
execute_process(COMMAND "${TEST_EXECUTABLE}" -functions
    OUTPUT_VARIABLE functions
    RESULT_VARIABLE result
    ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${TEST_EXECUTABLE} -functions failed: ${errors}")
endif()
string(REPLACE "\n" ";" lines "${functions}")
string(REPLACE "," ";" labels "${TEST_LABELS}")
set(content "")
foreach(line IN LISTS lines)
    string(STRIP "${line}" line)
    string(REGEX REPLACE "\\(\\)$" "" fn "${line}")
    if(fn STREQUAL "")
        continue()
    endif()
    string(APPEND content
        "add_test([=[${TEST_SUITE}.${fn}]=] [=[${TEST_EXECUTABLE}]=] [=[${fn}]=])\n"
        "set_tests_properties([=[${TEST_SUITE}.${fn}]=] PROPERTIES WORKING_DIRECTORY [=[${TEST_WORKING_DIR}]=] "
        "ENVIRONMENT \"QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANG=C.UTF-8;QTEST_DISABLE_STACK_DUMP=1\" "
        "TIMEOUT ${TEST_TIMEOUT} LABELS \"${labels}\" SKIP_REGULAR_EXPRESSION \"\\nSKIP   : \")\n")
endforeach()
file(WRITE "${OUTPUT_FILE}" "${content}")
