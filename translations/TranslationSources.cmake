# The files lupdate reads: every C++ source and header of the layers that show text to people.
# Shared by translations/CMakeLists.txt (qt_add_translations) and translations/lupdate.cmake
# (scripts/update-translations.sh and the translations_current test), so all three see the same set.
function(authdesk_translation_sources out root)
    set(globs)
    foreach(dir core models ui app)
        foreach(ext cpp h ui)
            list(APPEND globs "${root}/${dir}/*.${ext}")
        endforeach()
    endforeach()
    if(CMAKE_SCRIPT_MODE_FILE)
        file(GLOB_RECURSE files LIST_DIRECTORIES false ${globs})
    else()
        file(GLOB_RECURSE files LIST_DIRECTORIES false CONFIGURE_DEPENDS ${globs})
    endif()
    list(SORT files)
    set(${out} ${files} PARENT_SCOPE)
endfunction()

# lupdate's options, the same everywhere: no dead strings, no line numbers (they would make every
# edit anywhere a change to the .ts file).
set(AUTHDESK_LUPDATE_OPTIONS -no-obsolete -locations none)
