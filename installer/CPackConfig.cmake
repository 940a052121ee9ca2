# Packaging: a .tar.gz and a Debian package of the installed tree (cpack -G TGZ, cpack -G DEB from
# a build folder). Included at the end of the top-level CMakeLists.txt, after every target exists.
#
# The programs install themselves (install(TARGETS …) in app/); this file adds the desktop
# integration from resources/ and describes the packages.

# ---- desktop integration, named after the AppStream id -------------------------------------
set(AUTHDESK_APP_ID io.authdesk.AuthDesk)
install(FILES ${PROJECT_SOURCE_DIR}/resources/${AUTHDESK_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/${AUTHDESK_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/authdesk.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
    RENAME ${AUTHDESK_APP_ID}.svg)

# ---- common ----------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME authdesk)
set(CPACK_PACKAGE_VENDOR "The AuthDesk developers")
set(CPACK_PACKAGE_CONTACT "AuthDesk maintainers <maintainers@authdesk.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "AuthDesk is a desktop console for the people who run a user directory: administrators who "
    "manage users, roles, permissions and sessions, helpdesk staff who reset passwords and MFA, "
    "and teams who manage users offline in a local store. Every change is permission-checked and "
    "written to a hash-chained audit log. Includes authdesk-cli for scripts and bulk imports.")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY authdesk)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR TGZ DEB)
# Build folders and editor files never go into a source package.
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/node_modules/" "/\\\\.cache/" "\\\\.user$" "~$")

# ---- Debian ----------------------------------------------------------------------------------
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
# Loaded at run time, so dpkg-shlibdeps cannot see them: Qt's SQLite driver and its platform
# plugins (xcb, wayland, offscreen).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
# Qt's own translations for its standard dialogs and buttons.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
find_program(AUTHDESK_DPKG_SHLIBDEPS dpkg-shlibdeps)
mark_as_advanced(AUTHDESK_DPKG_SHLIBDEPS)
if(AUTHDESK_DPKG_SHLIBDEPS)
    # The libraries the binaries link (Qt, OpenSSL, libargon2 …), with the versions they need.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
else()
    string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS
        ", libqt6core6 (>= 6.4), libqt6gui6 (>= 6.4), libqt6widgets6 (>= 6.4), libqt6sql6 (>= 6.4),"
        " libqt6network6 (>= 6.4), libssl3 (>= 3.0), libargon2-1")
endif()

include(CPack)

# ---- a cheap check that both packages build and hold what they should ------------------------
if(BUILD_TESTING)
    # What both packages must hold, relative to the install prefix.
    set(expected
        ${CMAKE_INSTALL_BINDIR}/authdesk-cli
        ${CMAKE_INSTALL_DATADIR}/applications/${AUTHDESK_APP_ID}.desktop
        ${CMAKE_INSTALL_DATADIR}/metainfo/${AUTHDESK_APP_ID}.metainfo.xml
        ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps/${AUTHDESK_APP_ID}.svg)
    if(TARGET authdesk)
        list(APPEND expected ${CMAKE_INSTALL_BINDIR}/authdesk)
    endif()
    string(REPLACE ";" "," expected "${expected}")
    add_test(NAME package_smoke
        COMMAND ${CMAKE_COMMAND}
            -DCPACK=${CMAKE_CPACK_COMMAND}
            -DCONFIG=${CMAKE_BINARY_DIR}/CPackConfig.cmake
            -DWORK_DIR=${CMAKE_BINARY_DIR}/package-smoke
            -DEXPECTED=${expected}
            -P ${PROJECT_SOURCE_DIR}/installer/PackageSmoke.cmake)
    set_tests_properties(package_smoke PROPERTIES TIMEOUT 300 LABELS packaging)
endif()

# The desktop file and the AppStream data are checked by the tools distributions check them with.
if(BUILD_TESTING)
    find_program(AUTHDESK_DESKTOP_FILE_VALIDATE desktop-file-validate)
    find_program(AUTHDESK_APPSTREAMCLI appstreamcli)
    mark_as_advanced(AUTHDESK_DESKTOP_FILE_VALIDATE AUTHDESK_APPSTREAMCLI)
    if(AUTHDESK_DESKTOP_FILE_VALIDATE)
        add_test(NAME desktop_file_valid
            COMMAND ${AUTHDESK_DESKTOP_FILE_VALIDATE} ${PROJECT_SOURCE_DIR}/resources/${AUTHDESK_APP_ID}.desktop)
        set_tests_properties(desktop_file_valid PROPERTIES LABELS packaging TIMEOUT 60)
    endif()
    if(AUTHDESK_APPSTREAMCLI)
        add_test(NAME metainfo_valid
            COMMAND ${AUTHDESK_APPSTREAMCLI} validate --no-net
                ${PROJECT_SOURCE_DIR}/resources/${AUTHDESK_APP_ID}.metainfo.xml)
        set_tests_properties(metainfo_valid PROPERTIES LABELS packaging TIMEOUT 60)
    endif()
endif()
