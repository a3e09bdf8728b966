# SPDX-FileCopyrightText: 2026 SG Assist contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Writes the bash and zsh completions of sgassist-cli from what the program itself prints, so they
# never drift from it:
#   cmake -DPROGRAM=build/bin/sgassist-cli -DBASH_TEMPLATE=... -DBASH_OUTPUT=...
#         -DZSH_TEMPLATE=... -DZSH_OUTPUT=... -P completions.cmake
# - commands: the "  sgassist-cli COMMAND ..." lines of `PROGRAM --help`;
# - options and arguments: the "Options:" and "Arguments:" lists of `PROGRAM COMMAND --help`;
# - an option's values: its value name when that lists them (<text|json|sarif>), files for <file>, the
#   catalogue's service ids (`catalogue --report json`) for --services, the check ids
#   (`checks --report json`) for a value named after checks, or else the list its description gives
#   ("Input format: api-json, console-json, ...", "critical, high (default), ... or never");
# - arguments: host names for a host, files otherwise.
# The templates hold the completion logic; @SGASSIST_COMPLETION_DATA@ (bash) and
# @SGASSIST_COMMANDS@ / @SGASSIST_COMMAND_ARGUMENTS@ (zsh) are replaced with the tables.

cmake_minimum_required(VERSION 3.25)

include("${CMAKE_CURRENT_LIST_DIR}/helptext.cmake")
include("${CMAKE_CURRENT_LIST_DIR}/textlines.cmake")

get_filename_component(program_name "${PROGRAM}" NAME)
get_filename_component(output_dir "${BASH_OUTPUT}" DIRECTORY)
sgassist_help_environment("${output_dir}/config")

function(run_program out)
    execute_process(COMMAND "${PROGRAM}" ${ARGN} OUTPUT_VARIABLE text ERROR_VARIABLE errors RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${program_name} ${ARGN} failed (${result}):\n${errors}")
    endif()
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# The "id" members of the objects in the array `member` of a JSON document (only plain ones: they
# are written into shell code).
function(json_ids out json member)
    set(ids "")
    string(JSON count LENGTH "${json}" "${member}")
    if(count GREATER 0)
        math(EXPR last "${count} - 1")
        foreach(i RANGE ${last})
            string(JSON id GET "${json}" "${member}" ${i} id)
            if(id MATCHES "^[A-Za-z0-9_.-]+$")
                list(APPEND ids "${id}")
            endif()
        endforeach()
    endif()
    set(${out} "${ids}" PARENT_SCOPE)
endfunction()

set(word_regex "[a-z][a-z0-9]*(-[a-z0-9]+)*")

# The words of an enumeration a description gives, at its start or after a colon: "ingress (default)
# or egress", "Input format: api-json, console-json, ... (default: detected)". Empty when none.
function(described_values out description)
    string(REGEX REPLACE " \\(default[^)]*\\)" "" text "${description}")
    set(list_regex "${word_regex}((, |, or | or )${word_regex})+")
    set(values "")
    if(text MATCHES "^(${list_regex})")
        set(values "${CMAKE_MATCH_1}")
    elseif(text MATCHES ": (${list_regex})")
        set(values "${CMAKE_MATCH_1}")
    endif()
    string(REGEX REPLACE "(, or |, | or )" ";" values "${values}")
    set(${out} "${values}" PARENT_SCOPE)
endfunction()

# What values an option takes: "flag", "words W...", "list W..." (comma-separated), "files", "dirs" or
# "text" (anything, nothing to offer). Reads check_ids and service_ids of the caller.
function(value_kind out names value description)
    set(listed "")
    if(value STREQUAL "")
        set(${out} "flag" PARENT_SCOPE)
        return()
    elseif(value MATCHES "^${word_regex}(\\|${word_regex})+$")
        string(REPLACE "|" ";" listed "${value}")
    elseif(value MATCHES "^(file|path|output)s?$|file$")
        set(${out} "files" PARENT_SCOPE)
        return()
    elseif(value MATCHES "^(dir|directory|folder)s?$")
        set(${out} "dirs" PARENT_SCOPE)
        return()
    elseif(value MATCHES "check" AND check_ids)
        set(listed "${check_ids}")
    elseif(names MATCHES "service" AND service_ids)
        set(listed "${service_ids}")
    else()
        described_values(listed "${description}")
    endif()
    if(NOT listed)
        set(${out} "text" PARENT_SCOPE)
    elseif(value MATCHES ",")
        list(JOIN listed " " words)
        set(${out} "list ${words}" PARENT_SCOPE)
    else()
        list(JOIN listed " " words)
        set(${out} "words ${words}" PARENT_SCOPE)
    endif()
endfunction()

# Text for a zsh single-quoted _arguments explanation: the first sentence, brackets and quotes escaped.
function(zsh_explanation out text)
    string(REGEX REPLACE "\\. .*" "" text "${text}")
    string(REGEX REPLACE "[.]$" "" text "${text}")
    string(REPLACE "'" "'\\''" text "${text}")
    string(REPLACE "[" "\\[" text "${text}")
    string(REPLACE "]" "\\]" text "${text}")
    string(REPLACE ":" "\\:" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# The zsh _arguments action for a value kind.
function(zsh_action out kind)
    if(kind MATCHES "^words (.*)")
        set(action "(${CMAKE_MATCH_1})")
    elseif(kind MATCHES "^list (.*)")
        set(action "_values -s , value ${CMAKE_MATCH_1}")
    elseif(kind STREQUAL "files")
        set(action "_files")
    elseif(kind STREQUAL "dirs")
        set(action "_files -/")
    elseif(kind STREQUAL "hosts")
        set(action "_hosts")
    else()
        set(action " ")
    endif()
    set(${out} "${action}" PARENT_SCOPE)
endfunction()

run_program(help --help)
sgassist_help_commands(commands "${program_name}" "${help}")
set(service_ids "")
if("catalogue" IN_LIST commands)
    run_program(json catalogue --report json)
    json_ids(service_ids "${json}" services)
endif()
set(check_ids "")
if("checks" IN_LIST commands)
    run_program(json checks --report json)
    json_ids(check_ids "${json}" checks)
endif()

run_program(version --version)
string(STRIP "${version}" version)
set(bash_options "")
set(bash_values "")
set(bash_arguments "")
set(zsh_commands "")
set(zsh_arguments "")
foreach(command IN LISTS commands)
    run_program(command_help ${command} --help)
    sgassist_split_lines(lines "${command_help}")

    # Parse the help: "Usage:" line, description, "Options:" list, "Arguments:" list.
    set(section "usage")
    set(summary "")
    set(options "")        # indexes of the options parsed below
    set(arguments "")
    set(count 0)
    foreach(line IN LISTS lines)
        sgassist_decode_list_characters(line)
        if(line MATCHES "^Usage: ")
            set(section "description")
        elseif(line STREQUAL "Options:")
            set(section "options")
        elseif(line STREQUAL "Arguments:")
            set(section "arguments")
        elseif(line STREQUAL "")
            set(section "")
        elseif(section STREQUAL "description")
            string(APPEND summary " ${line}")
        elseif(section STREQUAL "options" AND line MATCHES "^  (-[-A-Za-z0-9]+(, -[-A-Za-z0-9]+)*)( <([^>]*)>)?(  +(.*))?$")
            math(EXPR count "${count} + 1")
            list(APPEND options ${count})
            string(REPLACE ", " ";" option_names_${count} "${CMAKE_MATCH_1}")
            set(option_value_${count} "${CMAKE_MATCH_4}")
            set(option_description_${count} "${CMAKE_MATCH_6}")
        elseif(section STREQUAL "options" AND line MATCHES "^   +([^ ].*)$" AND count GREATER 0)
            string(APPEND option_description_${count} " ${CMAKE_MATCH_1}")
            string(STRIP "${option_description_${count}}" option_description_${count})
        elseif(section STREQUAL "arguments" AND line MATCHES "^  ([^ ]+)")
            list(APPEND arguments "${CMAKE_MATCH_1}")
        endif()
    endforeach()

    # The positional arguments: host names or files; nothing when the command takes none.
    if(NOT arguments)
        set(argument_kind "none")
    elseif(arguments MATCHES "^host")
        set(argument_kind "hosts")
    else()
        set(argument_kind "files")
    endif()
    string(APPEND bash_arguments "    ${command}) REPLY='${argument_kind}' ;;\n")

    set(all_names "")
    set(zsh_specs "")
    foreach(index IN LISTS options)
        set(names "${option_names_${index}}")
        list(APPEND all_names ${names})
        value_kind(kind "${names}" "${option_value_${index}}" "${option_description_${index}}")
        if(NOT kind STREQUAL "flag")
            set(patterns "")
            foreach(name IN LISTS names)
                list(APPEND patterns "'${command} ${name}'")
            endforeach()
            list(JOIN patterns " | " patterns)
            string(APPEND bash_values "    ${patterns}) REPLY='${kind}' ;;\n")
        endif()

        zsh_explanation(explanation "${option_description_${index}}")
        zsh_action(action "${kind}")
        string(REGEX REPLACE "[^A-Za-z0-9,./|-]" "" message "${option_value_${index}}")
        list(LENGTH names name_count)
        set(exclusions "")
        if(name_count GREATER 1)
            list(JOIN names " " exclusions)
            set(exclusions "(${exclusions})")
        endif()
        if(names MATCHES "(^|;)--help$")
            set(exclusions "(- *)")
        endif()
        set(repeat "")
        if(option_description_${index} MATCHES "Repeatable")
            set(repeat "*")
            set(exclusions "")
        endif()
        foreach(name IN LISTS names)
            set(spec "${exclusions}${repeat}${name}")
            if(NOT kind STREQUAL "flag")
                if(name MATCHES "^--")
                    string(APPEND spec "=")
                endif()
                string(APPEND spec "[${explanation}]:${message}:${action}")
            else()
                string(APPEND spec "[${explanation}]")
            endif()
            string(APPEND zsh_specs " \\\n                '${spec}'")
        endforeach()
    endforeach()
    list(JOIN all_names " " all_names)
    string(APPEND bash_options "    ${command}) REPLY='${all_names}' ;;\n")

    zsh_action(action "${argument_kind}")
    if(NOT argument_kind STREQUAL "none")
        list(GET arguments 0 first_argument)
        string(REGEX REPLACE "[^A-Za-z0-9._-]" "" first_argument "${first_argument}")
        string(APPEND zsh_specs " \\\n                '*:${first_argument}:${action}'")
    endif()
    string(APPEND zsh_arguments "        ${command})\n            _arguments -S${zsh_specs} && ret=0 ;;\n")
    # The command's summary: its description up to the first full stop or colon.
    string(STRIP "${summary}" summary)
    string(REGEX REPLACE "[.:] .*" "" summary "${summary}")
    zsh_explanation(summary "${summary}")
    string(APPEND zsh_commands "        '${command}:${summary}'\n")
endforeach()

list(JOIN commands " " command_words)
set(bash_data "# Generated from the help of ${version} by packaging/completions.cmake.
_sgassist_cli_commands='${command_words}'

# The options of command $1.
_sgassist_cli_options()
{
    case $1 in
${bash_options}    *) REPLY='' ;;
    esac
}

# The values option $2 of command $1 takes: flag (none), words W..., list W... (comma-separated),
# files, dirs or text (nothing to offer).
_sgassist_cli_values()
{
    case \"$1 $2\" in
${bash_values}    *) REPLY='flag' ;;
    esac
}

# What the arguments of command $1 are: files, hosts or none.
_sgassist_cli_arguments()
{
    case $1 in
${bash_arguments}    *) REPLY='files' ;;
    esac
}")

file(READ "${BASH_TEMPLATE}" bash)
string(REPLACE "@SGASSIST_COMPLETION_DATA@" "${bash_data}" bash "${bash}")
file(WRITE "${BASH_OUTPUT}" "${bash}")

file(READ "${ZSH_TEMPLATE}" zsh)
string(REPLACE "@SGASSIST_GENERATED_FROM@" "# Generated from the help of ${version} by packaging/completions.cmake." zsh "${zsh}")
string(REPLACE "@SGASSIST_COMMANDS@" "${zsh_commands}" zsh "${zsh}")
string(REPLACE "@SGASSIST_COMMAND_ARGUMENTS@" "${zsh_arguments}" zsh "${zsh}")
file(WRITE "${ZSH_OUTPUT}" "${zsh}")
