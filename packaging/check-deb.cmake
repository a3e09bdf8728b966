# SPDX-FileCopyrightText: 2026 SG Assist contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the Debian package with CPack and checks what it installs.

file(REMOVE_RECURSE "${OUT_DIR}")
execute_process(COMMAND "${CPACK}" -G DEB -B "${OUT_DIR}" --config "${BUILD_DIR}/CPackConfig.cmake"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cpack failed:\n${output}")
endif()
file(GLOB debs "${OUT_DIR}/*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb in ${OUT_DIR}, found ${count}")
endif()
execute_process(COMMAND dpkg-deb --contents ${debs} OUTPUT_VARIABLE contents RESULT_VARIABLE result)
foreach(expected "usr/bin/sgassist\n" "usr/bin/sgassist-cli\n" "usr/share/applications/${APP_ID}.desktop"
                 "usr/share/metainfo/${APP_ID}.metainfo.xml" "usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg"
                 "usr/share/man/man1/sgassist.1.gz" "usr/share/man/man1/sgassist-cli.1.gz"
                 "usr/share/bash-completion/completions/sgassist-cli\n" "usr/share/zsh/vendor-completions/_sgassist-cli"
                 "usr/share/doc/sgassist/copyright" "usr/share/doc/sgassist/changelog.gz")
    string(FIND "${contents}" "${expected}" found)
    if(found EQUAL -1)
        message(FATAL_ERROR "the package lacks ${expected}:\n${contents}")
    endif()
endforeach()

# Depends: what the executables link (dpkg-shlibdeps: QtKeychain for a key the user asks to
# remember), and the SVG plugins Qt loads for the icon.
execute_process(COMMAND dpkg-deb --field ${debs} Depends Description OUTPUT_VARIABLE fields RESULT_VARIABLE result)
foreach(expected "libqt6core6" "libqt6widgets6" "libqt6network6" "libqcustomplot" "libqt6svg6" "libqt6keychain1" "libstdc++6")
    string(FIND "${fields}" "${expected}" found)
    if(found EQUAL -1)
        message(FATAL_ERROR "the package does not depend on ${expected}:\n${fields}")
    endif()
endforeach()
message(STATUS "package ok: ${debs}")
