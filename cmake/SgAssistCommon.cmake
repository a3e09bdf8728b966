# SPDX-FileCopyrightText: 2026 SG Assist contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# One INTERFACE target carries the language standard, warnings and Qt strictness macros.
# Every target of the project links it; nothing is set globally.

add_library(sgassist_common INTERFACE)
add_library(SGAssist::common ALIAS sgassist_common)

target_compile_features(sgassist_common INTERFACE cxx_std_20)

target_compile_definitions(sgassist_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    # Qt 6.4 spells the cut-off QT_DISABLE_DEPRECATED_BEFORE; 6.5+ QT_DISABLE_DEPRECATED_UP_TO.
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    SGASSIST_VERSION="${PROJECT_VERSION}"
    SGASSIST_APP_ID="${SGASSIST_APP_ID}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(sgassist_common INTERFACE
        -Wall -Wextra -Wpedantic
        -Wold-style-cast -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
        -Wcast-qual -Wimplicit-fallthrough -Wmissing-declarations
        -Wundef -Wformat=2)
    if(SGASSIST_WERROR)
        target_compile_options(sgassist_common INTERFACE -Werror)
    endif()
endif()

# Sanitizer build: -DSGASSIST_SANITIZE=address,undefined (see the "asan" preset).
set(SGASSIST_SANITIZE "" CACHE STRING "Comma-separated -fsanitize= list, empty for none")
if(SGASSIST_SANITIZE)
    target_compile_options(sgassist_common INTERFACE
        -fsanitize=${SGASSIST_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(sgassist_common INTERFACE -fsanitize=${SGASSIST_SANITIZE})
endif()

# Hardening that Debian's lintian looks for in the packaged executables: full RELRO with immediate
# binding, and fortified libc calls (only where the optimizer can use them and no sanitizer replaces
# them; a _FORTIFY_SOURCE from the caller's CXXFLAGS, as dpkg-buildflags gives, wins).
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang" AND CMAKE_SYSTEM_NAME STREQUAL "Linux")
    target_link_options(sgassist_common INTERFACE "LINKER:-z,relro" "LINKER:-z,now")
    if(NOT SGASSIST_SANITIZE AND NOT CMAKE_CXX_FLAGS MATCHES "_FORTIFY_SOURCE")
        target_compile_definitions(sgassist_common INTERFACE $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
    endif()
endif()
