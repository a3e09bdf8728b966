# SPDX-FileCopyrightText: 2026 SG Assist contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Dates for reproducible packaging: the man pages, the Debian changelog and the AppStream release all
# carry the release date instead of the build time.

# sgassist_epoch_of_date(out "YYYY-MM-DD"): seconds since 1970-01-01 UTC at the start of that day
# (Howard Hinnant's days_from_civil).
function(sgassist_epoch_of_date out date)
    if(NOT date MATCHES "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$")
        message(FATAL_ERROR "\"${date}\" is not a YYYY-MM-DD date")
    endif()
    set(year "${CMAKE_MATCH_1}")
    set(month "${CMAKE_MATCH_2}")
    set(day "${CMAKE_MATCH_3}")
    # Without leading zeros, so no number reads as octal.
    string(REGEX REPLACE "^0" "" month "${month}")
    string(REGEX REPLACE "^0" "" day "${day}")
    if(month LESS_EQUAL 2)
        math(EXPR year "${year} - 1")
        math(EXPR shifted_month "${month} + 9")
    else()
        math(EXPR shifted_month "${month} - 3")
    endif()
    math(EXPR era "${year} / 400")
    math(EXPR year_of_era "${year} - ${era} * 400")
    math(EXPR day_of_year "(153 * ${shifted_month} + 2) / 5 + ${day} - 1")
    math(EXPR day_of_era "${year_of_era} * 365 + ${year_of_era} / 4 - ${year_of_era} / 100 + ${day_of_year}")
    math(EXPR days "${era} * 146097 + ${day_of_era} - 719468")
    math(EXPR seconds "${days} * 86400")
    set(${out} "${seconds}" PARENT_SCOPE)
endfunction()

# sgassist_rfc2822_date(out epoch): "Thu, 26 Nov 2026 00:00:00 +0000", as Debian changelogs want it.
function(sgassist_rfc2822_date out epoch)
    set(saved "$ENV{SOURCE_DATE_EPOCH}")
    set(ENV{SOURCE_DATE_EPOCH} "${epoch}")
    string(TIMESTAMP text "%a, %d %b %Y %H:%M:%S +0000" UTC)
    set(ENV{SOURCE_DATE_EPOCH} "${saved}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()
