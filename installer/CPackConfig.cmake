set(CPACK_PACKAGE_NAME authdesk)
