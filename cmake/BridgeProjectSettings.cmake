# SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
# SPDX-License-Identifier: LicenseRef-Proprietary
#
# bridge_project_settings: the one INTERFACE target that carries every project-wide setting.
# Every library, executable and test links it.
add_library(bridge_project_settings INTERFACE)
add_library(Bridge::ProjectSettings ALIAS bridge_project_settings)

target_compile_features(bridge_project_settings INTERFACE cxx_std_23)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(bridge_project_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    SPDLOG_FMT_EXTERNAL
    BRIDGE_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(bridge_project_settings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough
        # GCC 12 warns about designated initialisers that leave members with default initialisers
        # out (GCC PR 96868), which is exactly how the project's option structs are meant to be used.
        -Wno-missing-field-initializers)
    if(BRIDGE_WERROR)
        # GCC 12's maybe-uninitialized analysis reports std::optional payloads at -O2/-O3 that are
        # always initialised (GCC PR 80635 and relatives): shown, but not fatal.
        target_compile_options(bridge_project_settings INTERFACE -Werror
            $<$<CXX_COMPILER_ID:GNU>:-Wno-error=maybe-uninitialized>)
    endif()
    if(BRIDGE_SANITIZE)
        target_compile_options(bridge_project_settings INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(bridge_project_settings INTERFACE -fsanitize=address,undefined)
    endif()
elseif(MSVC)
    target_compile_options(bridge_project_settings INTERFACE /W4 /permissive- /utf-8)
    if(BRIDGE_WERROR)
        target_compile_options(bridge_project_settings INTERFACE /WX)
    endif()
endif()

# bridge_add_library(NAME <name> SOURCES ... [PUBLIC_LIBS ...] [PRIVATE_LIBS ...])
# A static library under src/<name>, its folder on the include path as <name>/Header.h.
function(bridge_add_library name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS")
    add_library(bridge_${name} STATIC ${arg_SOURCES})
    add_library(Bridge::${name} ALIAS bridge_${name})
    target_include_directories(bridge_${name} PUBLIC "${PROJECT_SOURCE_DIR}/src")
    target_link_libraries(bridge_${name} PUBLIC bridge_project_settings ${arg_PUBLIC_LIBS}
                                         PRIVATE ${arg_PRIVATE_LIBS})
endfunction()
