# SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
# SPDX-License-Identifier: LicenseRef-Proprietary
#
# bridge_add_test(<name> SOURCES ... LIBS ... LABELS ... [WRAPPER <script>...] [ENVIRONMENT ...])
# One test executable per class or feature. LABELS are ctest labels: unit, integration, gui,
# postgres, keychain. WRAPPER runs the test through a script in tests/support/ that provides a
# service (a throw-away PostgreSQL cluster, an unlocked Secret Service) for that one run; several
# scripts nest, the first outermost.
set(BRIDGE_TEST_SUPPORT_DIR "${PROJECT_SOURCE_DIR}/tests/support")

function(bridge_add_test name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "TIMEOUT;TARGET"
                          "SOURCES;LIBS;LABELS;ENVIRONMENT;ARGS;WRAPPER")
    set(target "${arg_TARGET}")
    if(NOT target)
        set(target "test_${name}")
    endif()
    if(NOT TARGET ${target})
        add_executable(${target} ${arg_SOURCES})
        target_link_libraries(${target} PRIVATE bridge_project_settings Qt::Test ${arg_LIBS})
        target_compile_definitions(${target} PRIVATE
            BRIDGE_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
    endif()
    set(command $<TARGET_FILE:${target}> ${arg_ARGS})
    list(REVERSE arg_WRAPPER)
    foreach(wrapper IN LISTS arg_WRAPPER)
        set(command "${BRIDGE_TEST_SUPPORT_DIR}/${wrapper}" ${command})
    endforeach()
    add_test(NAME ${name} COMMAND ${command})
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${arg_LABELS}"
        TIMEOUT ${arg_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_ASSUME_STDERR_HAS_CONSOLE=1;${arg_ENVIRONMENT}")
endfunction()
