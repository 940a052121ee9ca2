# One INTERFACE target carries the strict settings every AuthDesk target builds with.
add_library(authdesk_common INTERFACE)
target_compile_definitions(authdesk_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
target_include_directories(authdesk_common INTERFACE ${PROJECT_SOURCE_DIR})
target_compile_options(authdesk_common INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
    -Wcast-align -Wformat=2 -Wimplicit-fallthrough)
if(ENABLE_WERROR)
    target_compile_options(authdesk_common INTERFACE -Werror)
endif()
if(ENABLE_ASAN)
    target_compile_options(authdesk_common INTERFACE -fsanitize=address -fno-omit-frame-pointer)
    target_link_options(authdesk_common INTERFACE -fsanitize=address)
endif()
if(ENABLE_UBSAN)
    target_compile_options(authdesk_common INTERFACE -fsanitize=undefined -fno-sanitize-recover=undefined)
    target_link_options(authdesk_common INTERFACE -fsanitize=undefined)
endif()
