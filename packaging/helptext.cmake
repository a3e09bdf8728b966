# SPDX-FileCopyrightText: 2026 SG Assist contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Running the built executables for their help, as the man page and completion scripts (and their
# tests) do.

# The same help wherever it runs: English, no user settings (the GUI's language setting would
# translate its --help), and sanitizer builds that do not fail on leaks at exit.
macro(sgassist_help_environment config_dir)
    set(ENV{LC_ALL} "C.UTF-8")
    set(ENV{LANG} "C.UTF-8")
    set(ENV{LANGUAGE} "")
    set(ENV{XDG_CONFIG_HOME} "${config_dir}")
    set(ENV{ASAN_OPTIONS} "detect_leaks=0")
endmacro()

# sgassist_help_commands(out program_name help): the commands a program's --help lists, on lines
# "  program COMMAND ..." or, failing those, as "  COMMAND ..." lines of a "Commands:" list. Fails when
# it lists none.
function(sgassist_help_commands out program_name help)
    set(commands "")
    string(REGEX MATCHALL "\n  ${program_name} [a-z][a-z0-9-]*" lines "${help}")
    foreach(line IN LISTS lines)
        string(REGEX REPLACE ".* " "" command "${line}")
        list(APPEND commands "${command}")
    endforeach()
    if(NOT commands AND help MATCHES "\nCommands:\n(([ ][^\n]*\n)+)")
        string(REGEX MATCHALL "(^|\n)  [a-z][a-z0-9-]*" lines "${CMAKE_MATCH_1}")
        foreach(line IN LISTS lines)
            string(STRIP "${line}" command)
            list(APPEND commands "${command}")
        endforeach()
    endif()
    list(REMOVE_DUPLICATES commands)
    if(NOT commands)
        message(FATAL_ERROR "${program_name} --help lists no commands (\"  ${program_name} COMMAND\" lines or a \"Commands:\" list)")
    endif()
    set(${out} "${commands}" PARENT_SCOPE)
endfunction()
