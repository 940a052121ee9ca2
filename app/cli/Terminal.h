#pragma once
// Reading secrets for the command-line tool: never from the command line, never echoed.

#include <QString>
#include <optional>

namespace authdesk::cli {

// Reads one line from the controlling terminal with echo off; nullopt when there is no terminal.
std::optional<QString> promptHidden(const QString &prompt);
// Reads one line from standard input (a pipe, or the terminal with echo off).
std::optional<QString> readSecretFromStdin(const QString &prompt);
bool stdinIsTerminal();

} // namespace authdesk::cli
