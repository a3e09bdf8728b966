# SPDX-FileCopyrightText: 2026 SG Assist contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Writes a man page from the program's own --help and --version with help2man, so it never drifts:
#   cmake -DHELP2MAN=... -DGZIP=... -DPROGRAM=build/bin/sgassist-cli
#         -DOUTPUT=man/sgassist-cli.1.gz -DRELEASE_EPOCH=<seconds> -DINCLUDE=page.h2m
#         [-DDESCRIPTION_FILE=description.txt] [-DCOMMANDS=ON] -P manpage.cmake
# COMMANDS=ON adds a COMMANDS section with each command's own `PROGRAM COMMAND --help`, the commands
# taken from the "  program COMMAND ..." lines of PROGRAM --help. DESCRIPTION_FILE (plain text,
# paragraphs separated by blank lines) is added to the DESCRIPTION section.

cmake_minimum_required(VERSION 3.25)
include("${CMAKE_CURRENT_LIST_DIR}/helptext.cmake")

get_filename_component(program_name "${PROGRAM}" NAME)
get_filename_component(output_dir "${OUTPUT}" DIRECTORY)
get_filename_component(page_name "${OUTPUT}" NAME_WLE)
set(work_dir "${output_dir}/${page_name}.work")
file(REMOVE_RECURSE "${work_dir}")
file(MAKE_DIRECTORY "${work_dir}/config")

# The page reads the same wherever and whenever it is built: dated the release date.
sgassist_help_environment("${work_dir}/config")
set(ENV{SOURCE_DATE_EPOCH} "${RELEASE_EPOCH}")

# Text as roff: backslashes and minus signs escaped, no line read as a request.
function(to_roff out text)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# help2man's page for one help text; extra help2man arguments follow.
function(run_help2man out)
    execute_process(COMMAND "${HELP2MAN}" --no-info ${ARGN} "${PROGRAM}"
                    OUTPUT_VARIABLE page ERROR_VARIABLE errors RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "help2man ${ARGN} ${PROGRAM} failed:\n${errors}")
    endif()
    set(${out} "${page}" PARENT_SCOPE)
endfunction()

# The page's name line and its hand-written sections (EXAMPLES, SEE ALSO) come from INCLUDE.
file(READ "${INCLUDE}" include_text)

if(DESCRIPTION_FILE)
    file(READ "${DESCRIPTION_FILE}" description)
    string(STRIP "${description}" description)
    to_roff(description "${description}")
    string(REGEX REPLACE "\n[ \t]*\n" "\n.PP\n" description "${description}")
    string(APPEND include_text "\n[>DESCRIPTION]\n.PP\n${description}\n")
endif()

if(COMMANDS)
    execute_process(COMMAND "${PROGRAM}" --help OUTPUT_VARIABLE help RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${PROGRAM} --help failed")
    endif()
    sgassist_help_commands(commands "${program_name}" "${help}")

    to_roff(roff_program "${program_name}")
    string(REPLACE "\\" "\\\\" roff_program_replacement "${roff_program}") # as a REGEX REPLACE replacement
    string(APPEND include_text "\n[COMMANDS]\n")
    foreach(command IN LISTS commands)
        run_help2man(page "--help-option=${command} --help" "--version-string=${command}" "--name=${command}")
        # Keep what follows SYNOPSIS; help2man's sections become paragraphs of this command's subsection.
        string(FIND "${page}" ".SH SYNOPSIS\n" start)
        if(start EQUAL -1)
            message(FATAL_ERROR "help2man found no usage line in ${PROGRAM} ${command} --help")
        endif()
        math(EXPR start "${start} + 13")
        string(SUBSTRING "${page}" ${start} -1 body)
        string(REGEX REPLACE "\n\\.SH \"?(AUTHOR|REPORTING BUGS|COPYRIGHT|SEE ALSO)\"?\n.*" "\n" body "${body}")
        # The synopsis names the command in bold, as users type it.
        string(REGEX REPLACE "^\\.B [^\n]*\n\\\\fI\\\\,${command} ?\\\\/\\\\fR ?" ".B ${roff_program_replacement} ${command}\n" body "${body}")
        string(REGEX REPLACE "\n\\.SH DESCRIPTION\n" "\n.PP\n" body "${body}")
        string(REGEX REPLACE "\n\\.SH OPTIONS\n" "\n.PP\n\\\\fIOptions:\\\\fR\n" body "${body}")
        string(REGEX REPLACE "\n\\.S[SH] \"?([^\n\"]*)\"?\n" "\n.PP\n\\\\fI\\1\\\\fR\n" body "${body}")
        # A line of the body that starts with "[" or "/" would open a section of the include file.
        string(REGEX REPLACE "\n([[/])" "\n\\\\&\\1" body "${body}")
        string(APPEND include_text ".SS \"${roff_program} ${command}\"\n${body}")
    endforeach()
endif()

file(WRITE "${work_dir}/include.h2m" "${include_text}")
run_help2man(page "--include=${work_dir}/include.h2m")

if(COMMANDS)
    # help2man fills the lines of an indented block into one paragraph; the list of command lines
    # ("  program COMMAND ...") of the description must keep one line each.
    string(FIND "${page}" "\n.SH DESCRIPTION\n" start)
    string(FIND "${page}" "\n.SH COMMANDS\n" end)
    if(start GREATER -1 AND end GREATER start)
        math(EXPR length "${end} - ${start}")
        string(SUBSTRING "${page}" ${start} ${length} description)
        string(SUBSTRING "${page}" 0 ${start} before)
        string(SUBSTRING "${page}" ${end} -1 after)
        string(REPLACE "\n${roff_program} " "\n.br\n${roff_program} " description "${description}")
        string(REPLACE "\n.IP\n.br\n" "\n.IP\n" description "${description}")
        set(page "${before}${description}${after}")
    endif()
endif()

file(WRITE "${work_dir}/${page_name}" "${page}")
execute_process(COMMAND "${GZIP}" -9 -n -c "${work_dir}/${page_name}" OUTPUT_FILE "${OUTPUT}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "gzip failed on ${work_dir}/${page_name}")
endif()
