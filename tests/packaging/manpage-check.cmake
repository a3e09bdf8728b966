# SPDX-FileCopyrightText: 2026 SG Assist contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The man page packaging/ wrote at build time covers what the program's --help lists today: every
# option, and with COMMANDS=ON every command with every option of its own --help.
#   cmake -DPROGRAM=build/bin/sgassist-cli -DPAGE=build/packaging/man/sgassist-cli.1.gz -DGZIP=gzip
#         [-DCOMMANDS=ON] -P manpage-check.cmake

cmake_minimum_required(VERSION 3.25)
include("${CMAKE_CURRENT_LIST_DIR}/../../packaging/helptext.cmake")

get_filename_component(program_name "${PROGRAM}" NAME)
get_filename_component(page_dir "${PAGE}" DIRECTORY)
sgassist_help_environment("${page_dir}/check-config")

execute_process(COMMAND "${GZIP}" -dc "${PAGE}" OUTPUT_VARIABLE page RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cannot read ${PAGE}")
endif()

set(missing "")
# Checks that every option of `PROGRAM ARGS...` appears in the page, in bold as help2man writes it.
function(check_options)
    list(JOIN ARGN " " invocation)
    execute_process(COMMAND "${PROGRAM}" ${ARGN} OUTPUT_VARIABLE help RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${program_name} ${invocation} failed")
    endif()
    string(REGEX MATCHALL "\n  -[-a-z]*(, -[-a-z]*)*" option_lines "${help}")
    if(NOT option_lines)
        message(FATAL_ERROR "${program_name} ${invocation} lists no options")
    endif()
    foreach(line IN LISTS option_lines)
        string(STRIP "${line}" line)
        string(REPLACE ", " ";" names "${line}")
        foreach(name IN LISTS names)
            string(REPLACE "-" "\\-" roff "${name}")
            string(FIND "${page}" "\\fB${roff}\\fR" found)
            if(found EQUAL -1)
                list(APPEND missing "${name} of '${program_name} ${invocation}'")
            endif()
        endforeach()
    endforeach()
    set(missing "${missing}" PARENT_SCOPE)
endfunction()

if(COMMANDS)
    execute_process(COMMAND "${PROGRAM}" --help OUTPUT_VARIABLE help)
    sgassist_help_commands(commands "${program_name}" "${help}")
    string(REPLACE "-" "\\-" roff_program "${program_name}")
    foreach(command IN LISTS commands)
        string(FIND "${page}" ".SS \"${roff_program} ${command}\"" found)
        if(found EQUAL -1)
            list(APPEND missing "the section of command ${command}")
        endif()
        check_options(${command} --help)
    endforeach()
else()
    check_options(--help)
endif()

if(missing)
    list(JOIN missing "\n  " missing)
    message(FATAL_ERROR "${PAGE} lacks:\n  ${missing}")
endif()
message(STATUS "${PAGE} covers the help of ${program_name}")
