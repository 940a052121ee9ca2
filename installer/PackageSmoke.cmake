# The package_smoke test: builds the TGZ and DEB packages from an already built tree into a
# scratch folder and checks that each holds the programs and the desktop integration, and that
# the Debian package declares its dependencies.
#   cmake -DCPACK=… -DCONFIG=<build>/CPackConfig.cmake -DWORK_DIR=… -DEXPECTED=a,b,c -P PackageSmoke.cmake
cmake_minimum_required(VERSION 3.25)

string(REPLACE "," ";" expected "${EXPECTED}")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

function(run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT rc EQUAL 0)
        list(JOIN ARGN " " cmd)
        message(FATAL_ERROR "${cmd} failed (${rc}):\n${out}")
    endif()
    set(out "${out}" PARENT_SCOPE)
endfunction()

function(check_listing what listing)
    # Every listing line ends with the file's path under some prefix ("authdesk-0.1.0-Linux/",
    # "./usr/"), so "/<path>" followed by the end of a line finds it.
    foreach(path IN LISTS expected)
        string(FIND "${listing}\n" "/${path}\n" at)
        if(at EQUAL -1)
            message(FATAL_ERROR "The ${what} package lacks ${path}. It holds:\n${listing}")
        endif()
    endforeach()
    list(LENGTH expected n)
    message(STATUS "${what}: all ${n} expected files present")
endfunction()

# ---- TGZ ------------------------------------------------------------------------------------
run(${CPACK} --config "${CONFIG}" -G TGZ -B "${WORK_DIR}/tgz")
file(GLOB tgz "${WORK_DIR}/tgz/*.tar.gz")
if(NOT tgz)
    message(FATAL_ERROR "cpack -G TGZ made no .tar.gz:\n${out}")
endif()
run(${CMAKE_COMMAND} -E tar tzf "${tgz}")
check_listing(TGZ "${out}")

# ---- DEB ------------------------------------------------------------------------------------
find_program(DPKG_DEB dpkg-deb)
if(NOT DPKG_DEB)
    message(STATUS "dpkg-deb not found: the DEB package is not checked")
    return()
endif()
run(${CPACK} --config "${CONFIG}" -G DEB -B "${WORK_DIR}/deb")
file(GLOB deb "${WORK_DIR}/deb/*.deb")
if(NOT deb)
    message(FATAL_ERROR "cpack -G DEB made no .deb:\n${out}")
endif()
run(${DPKG_DEB} --contents "${deb}")
check_listing(DEB "${out}")
run(${DPKG_DEB} --field "${deb}" Package Version Section Depends)
foreach(field "Package: authdesk" "Section: admin" "Depends: [^\n]*libqt6sql6-sqlite" "Depends: [^\n]*libqt6core6")
    if(NOT out MATCHES "${field}")
        message(FATAL_ERROR "The DEB package's control data lacks \"${field}\":\n${out}")
    endif()
endforeach()
message(STATUS "DEB control:\n${out}")
