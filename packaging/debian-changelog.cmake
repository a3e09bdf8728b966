# SPDX-FileCopyrightText: 2026 SG Assist contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Writes the Debian changelog of the package from CHANGELOG.md, so the two never disagree:
#   cmake -DINPUT=CHANGELOG.md -DOUTPUT=changelog.gz -DPACKAGE=sgassist -DVERSION=0.1.0
#         -DMAINTAINER="Name <mail>" -DRELEASE_EPOCH=<seconds> -DGZIP=/bin/gzip -P debian-changelog.cmake
# "## [Unreleased]" becomes the entry of VERSION dated RELEASE_EPOCH; "## [1.2.3] - 2026-01-31" an entry
# of its own. Each "### Added" (Changed, Fixed, ...) group becomes a bullet "Added:" with its lines as
# items, wrapped to 80 columns as lintian wants; the file is compressed with gzip -9n (reproducible).

cmake_minimum_required(VERSION 3.25)

include("${CMAKE_CURRENT_LIST_DIR}/releasedate.cmake")
include("${CMAKE_CURRENT_LIST_DIR}/textlines.cmake")

# Appends text to the variable out, wrapped at 79 columns: the first line after first_prefix, the
# others after indent. Character counts are in bytes, which only errs on the short side for UTF-8.
function(append_wrapped out text first_prefix indent)
    string(STRIP "${text}" text)
    sgassist_encode_list_characters(text)
    string(REGEX REPLACE "[ \t]+" ";" words "${text}")
    set(result "${${out}}")
    set(line "${first_prefix}")
    set(empty TRUE)
    foreach(word IN LISTS words)
        sgassist_decode_list_characters(word)
        string(LENGTH "${line} ${word}" length)
        if(NOT empty AND length GREATER 79)
            string(APPEND result "${line}\n")
            set(line "${indent}${word}")
        elseif(empty)
            string(APPEND line "${word}")
        else()
            string(APPEND line " ${word}")
        endif()
        set(empty FALSE)
    endforeach()
    string(APPEND result "${line}\n")
    set(${out} "${result}" PARENT_SCOPE)
endfunction()

# Closes the entry being written (if any) into the variable changelog.
macro(finish_entry)
    if(DEFINED entry_version)
        if(NOT entry_body)
            set(entry_body "  * No user-visible changes.\n")
        endif()
        sgassist_rfc2822_date(entry_date "${entry_epoch}")
        string(APPEND changelog "${PACKAGE} (${entry_version}) unstable; urgency=medium\n\n"
                                "${entry_body}\n -- ${MAINTAINER}  ${entry_date}\n\n")
        unset(entry_version)
    endif()
endmacro()

file(READ "${INPUT}" content)
sgassist_split_lines(lines "${content}")
set(changelog "")
foreach(line IN LISTS lines)
    sgassist_decode_list_characters(line)
    if(line MATCHES "^## \\[Unreleased\\]")
        finish_entry()
        set(entry_version "${VERSION}")
        set(entry_epoch "${RELEASE_EPOCH}")
        set(entry_body "")
    elseif(line MATCHES "^## \\[([^]]+)\\] - ([0-9]+-[0-9]+-[0-9]+)")
        finish_entry()
        set(entry_version "${CMAKE_MATCH_1}")
        sgassist_epoch_of_date(entry_epoch "${CMAKE_MATCH_2}")
        set(entry_body "")
    elseif(NOT DEFINED entry_version)
        continue()
    elseif(line MATCHES "^### (.+)$")
        string(APPEND entry_body "  * ${CMAKE_MATCH_1}:\n")
    elseif(line MATCHES "^- (.+)$")
        append_wrapped(entry_body "${CMAKE_MATCH_1}" "    - " "      ")
    endif()
endforeach()
finish_entry()
if(changelog STREQUAL "")
    message(FATAL_ERROR "${INPUT} has no \"## [Unreleased]\" or \"## [version] - date\" section")
endif()
string(REGEX REPLACE "\n+$" "\n" changelog "${changelog}")

get_filename_component(plain "${OUTPUT}" NAME_WLE)
get_filename_component(directory "${OUTPUT}" DIRECTORY)
file(WRITE "${directory}/${plain}" "${changelog}")
execute_process(COMMAND "${GZIP}" -9 -n -c "${directory}/${plain}" OUTPUT_FILE "${OUTPUT}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "gzip failed on ${directory}/${plain}")
endif()
