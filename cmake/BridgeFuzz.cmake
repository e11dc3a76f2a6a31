# SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
# SPDX-License-Identifier: LicenseRef-Proprietary
#
# bridge_add_fuzzer(<name> SOURCES ... LIBS ... CORPUS <dir under tests/data/fuzz>)
# A fuzz target defines LLVMFuzzerTestOneInput. With BRIDGE_BUILD_FUZZERS (clang) it is a
# libFuzzer binary and ctest runs it briefly (label "fuzz"); otherwise a standalone driver replays
# the corpus plus deterministic mutations of it (label "unit"), so every build exercises it.
option(BRIDGE_BUILD_FUZZERS "Build libFuzzer fuzz targets (needs clang)" OFF)
add_feature_info(Fuzzers BRIDGE_BUILD_FUZZERS "libFuzzer targets for every parser")
set(BRIDGE_FUZZ_SECONDS 20 CACHE STRING "How long ctest runs each libFuzzer target")

function(bridge_add_fuzzer name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "CORPUS" "SOURCES;LIBS")
    set(target fuzz_${name})
    add_executable(${target} ${arg_SOURCES})
    target_link_libraries(${target} PRIVATE bridge_project_settings ${arg_LIBS})
    set(corpus "${PROJECT_SOURCE_DIR}/tests/data/fuzz/${arg_CORPUS}")
    if(BRIDGE_BUILD_FUZZERS)
        target_compile_options(${target} PRIVATE -fsanitize=fuzzer)
        target_link_options(${target} PRIVATE -fsanitize=fuzzer)
        add_test(NAME ${target} COMMAND ${target} -max_total_time=${BRIDGE_FUZZ_SECONDS} -rss_limit_mb=2048
                 -timeout=10 "${corpus}")
        set_tests_properties(${target} PROPERTIES LABELS fuzz TIMEOUT 600)
    else()
        target_sources(${target} PRIVATE "${PROJECT_SOURCE_DIR}/tests/fuzz/StandaloneFuzzMain.cpp")
        add_test(NAME ${target}_replay COMMAND ${target} "${corpus}")
        set_tests_properties(${target}_replay PROPERTIES LABELS unit TIMEOUT 300)
    endif()
endfunction()
