# SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
# SPDX-License-Identifier: LicenseRef-Proprietary
#
# `format` rewrites every tracked C++ file with clang-format; `format-check` fails on any file
# that is not formatted (CI runs installer/format-check.sh, which can restrict to changed files).
find_program(CLANG_FORMAT_EXECUTABLE NAMES clang-format clang-format-14 clang-format-15)
if(CLANG_FORMAT_EXECUTABLE)
    add_custom_target(format
        COMMAND "${PROJECT_SOURCE_DIR}/installer/format-check.sh" --fix --all
        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
        COMMENT "clang-format: rewriting sources"
        VERBATIM)
    add_custom_target(format-check
        COMMAND "${PROJECT_SOURCE_DIR}/installer/format-check.sh" --all
        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
        COMMENT "clang-format: checking sources"
        VERBATIM)
endif()
add_feature_info(Format CLANG_FORMAT_EXECUTABLE "format and format-check targets (clang-format)")
