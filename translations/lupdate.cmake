# Runs lupdate over AuthDesk's sources into a .ts file, the same way every time.
#
#   cmake -DLUPDATE=/usr/lib/qt6/bin/lupdate -DSOURCE_DIR=<repo> -DTS_FILE=<file.ts> \
#         -DWORK_DIR=<scratch folder> [-DCHECK=ON] -P translations/lupdate.cmake
#
# Without CHECK it updates TS_FILE in place (scripts/update-translations.sh). With CHECK=ON it
# updates a copy in WORK_DIR and fails when the copy differs from TS_FILE: then the committed file
# is stale (a string in the code is missing from it, or it still holds one the code no longer has).
cmake_minimum_required(VERSION 3.25)

foreach(var LUPDATE SOURCE_DIR TS_FILE WORK_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "lupdate.cmake: ${var} is not set")
    endif()
endforeach()

include(${CMAKE_CURRENT_LIST_DIR}/TranslationSources.cmake)
authdesk_translation_sources(sources "${SOURCE_DIR}")

file(MAKE_DIRECTORY "${WORK_DIR}")
get_filename_component(ts_name "${TS_FILE}" NAME)
if(CHECK)
    if(NOT EXISTS "${TS_FILE}")
        message(FATAL_ERROR "${TS_FILE} does not exist: run scripts/update-translations.sh")
    endif()
    set(target "${WORK_DIR}/${ts_name}")
    file(COPY_FILE "${TS_FILE}" "${target}")
else()
    set(target "${TS_FILE}")
endif()
set(list_file "${WORK_DIR}/sources.lst")

# A list file keeps the command line short however many sources there are.
list(JOIN sources "\n" lines)
file(WRITE "${list_file}" "-I${SOURCE_DIR}\n${lines}\n")
execute_process(
    COMMAND "${LUPDATE}" ${AUTHDESK_LUPDATE_OPTIONS} "@${list_file}" -ts "${target}"
    RESULT_VARIABLE rc
    OUTPUT_VARIABLE out
    ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}):\n${out}")
endif()
# lupdate's complaints ("file:line: …", e.g. a tr() it cannot place in a context) matter: show them.
string(REGEX MATCHALL "[^\n]*:[0-9]+: [^\n]*" warnings "${out}")
foreach(w IN LISTS warnings)
    message(WARNING "${w}")
endforeach()
if(CHECK AND warnings)
    message(FATAL_ERROR "lupdate cannot extract every string (above): those strings would never be translated.")
endif()

# Counts translations still marked unfinished: they are shown in English.
function(count_unfinished file out)
    file(READ "${file}" text)
    string(REGEX MATCHALL "type=\"unfinished\"" hits "${text}")
    list(LENGTH hits n)
    set(${out} ${n} PARENT_SCOPE)
endfunction()

if(NOT CHECK)
    count_unfinished("${target}" unfinished)
    string(REGEX MATCH "Found [^\n]*" summary "${out}")
    message(STATUS "${TS_FILE}: ${summary}; ${unfinished} translation(s) unfinished.")
    return()
endif()

execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files "${TS_FILE}" "${target}" RESULT_VARIABLE differs)
if(differs EQUAL 0)
    count_unfinished("${TS_FILE}" unfinished)
    if(unfinished GREATER 0)
        message(STATUS "${ts_name} is current; ${unfinished} translation(s) are still unfinished.")
    else()
        message(STATUS "${ts_name} is current and fully translated.")
    endif()
    return()
endif()

# Name the strings that differ, so the log says what to do without a diff tool. Each entry is
# "context: source" (first line of it); ";", "[" and "]" are masked so CMake's lists keep them.
function(source_lines file out)
    file(READ "${file}" text)
    # A raw "<" never occurs in XML text, so these placeholders cannot clash with a string.
    string(REPLACE ";" "<s>" text "${text}")
    string(REPLACE "[" "<lb>" text "${text}")
    string(REPLACE "]" "<rb>" text "${text}")
    string(REGEX MATCHALL "<name>[^\n]*</name>|<source>[^\n]*" lines "${text}")
    set(context "")
    set(entries)
    foreach(line IN LISTS lines)
        if(line MATCHES "^<name>(.*)</name>$")
            set(context "${CMAKE_MATCH_1}")
        else()
            string(REGEX REPLACE "^<source>|</source>$" "" line "${line}")
            list(APPEND entries "${context}: ${line}")
        endif()
    endforeach()
    set(${out} ${entries} PARENT_SCOPE)
endfunction()
source_lines("${TS_FILE}" committed)
source_lines("${target}" current)
set(missing ${current})
list(REMOVE_ITEM missing ${committed})
set(dead ${committed})
list(REMOVE_ITEM dead ${current})
set(report "")
foreach(s IN LISTS missing)
    string(APPEND report "  missing:  ${s}\n")
endforeach()
foreach(s IN LISTS dead)
    string(APPEND report "  obsolete: ${s}\n")
endforeach()
string(REPLACE "<s>" ";" report "${report}")
string(REPLACE "<lb>" "[" report "${report}")
string(REPLACE "<rb>" "]" report "${report}")
string(REPLACE "&lt;" "<" report "${report}")
string(REPLACE "&gt;" ">" report "${report}")
string(REPLACE "&quot;" "\"" report "${report}")
string(REPLACE "&apos;" "'" report "${report}")
string(REPLACE "&amp;" "&" report "${report}")
if(report STREQUAL "")
    set(report "  (the same strings, but not in the form lupdate writes, or in other contexts)\n")
endif()
message(FATAL_ERROR "${TS_FILE} is not current with the sources:\n${report}"
    "Run scripts/update-translations.sh, translate the new strings (linguist ${ts_name}) and commit the file.")
