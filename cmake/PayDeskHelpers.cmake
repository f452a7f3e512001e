# paydesk_add_test(<name> SOURCES ... LIBS ... [LABELS ...] [TIMEOUT seconds])
# Builds one Qt Test executable and registers each of its test functions as its own CTest test,
# discovered after the build with `-functions` (the way gtest_discover_tests works).
function(paydesk_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    string(REPLACE ";" "," labels "${ARG_LABELS}")
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE paydesk_common Qt6::Test ${ARG_LIBS})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/tests")
    set(list_file "${CMAKE_CURRENT_BINARY_DIR}/${name}_tests.cmake")
    add_custom_command(TARGET ${name} POST_BUILD
        COMMAND ${CMAKE_COMMAND}
            -D "TEST_EXECUTABLE=$<TARGET_FILE:${name}>"
            -D "TEST_SUITE=${name}"
            -D "TEST_WORKING_DIR=${CMAKE_CURRENT_BINARY_DIR}"
            -D "OUTPUT_FILE=${list_file}"
            -D "TEST_LABELS=${labels}"
            -D "TEST_TIMEOUT=${ARG_TIMEOUT}"
            -P "${PROJECT_SOURCE_DIR}/cmake/PayDeskDiscoverTests.cmake"
        BYPRODUCTS "${list_file}"
        VERBATIM)
    set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES "${list_file}")
endfunction()
