# SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
# SPDX-License-Identifier: LicenseRef-Proprietary
#
# Installation and the Windows installer. Qt's deploy script copies exactly the Qt libraries and
# plugins (SQL drivers, TLS backend, platform, styles) the executables need; there is no
# hand-kept DLL list. `cpack -G NSIS` on Windows builds the installer from installer/windows/.
include(GNUInstallDirs)
set(BRIDGE_EXECUTABLES bridge-cli)
if(BRIDGE_BUILD_GUI)
    list(APPEND BRIDGE_EXECUTABLES bridge-console)
endif()
install(TARGETS ${BRIDGE_EXECUTABLES}
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
    BUNDLE DESTINATION .)

if(WIN32 AND BRIDGE_BUILD_GUI)
    qt_generate_deploy_app_script(TARGET bridge-console
        OUTPUT_SCRIPT BRIDGE_DEPLOY_SCRIPT
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT "${BRIDGE_DEPLOY_SCRIPT}")
endif()

set(CPACK_PACKAGE_NAME "OpayoSysproBridge")
set(CPACK_PACKAGE_VENDOR "Opayo–SYSPRO Bridge contributors")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Opayo-SYSPRO Bridge")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/installer/LICENSE.txt")
set(CPACK_PACKAGE_EXECUTABLES "bridge-console" "Opayo-SYSPRO Bridge")
set(CPACK_NSIS_DISPLAY_NAME "Opayo-SYSPRO Bridge ${PROJECT_VERSION}")
set(CPACK_NSIS_PACKAGE_NAME "Opayo-SYSPRO Bridge")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/icons/bridge.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\bridge-console.exe")
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Opayo-SYSPRO Bridge (demo).lnk' '$INSTDIR\\\\bin\\\\bridge-console.exe' '--demo'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\Opayo-SYSPRO Bridge (demo).lnk'")
if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
else()
    set(CPACK_GENERATOR "TGZ")
endif()
include(CPack)
