#include "app/cli/Terminal.h"

#include <QByteArray>

#include <cstdio>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace authdesk::cli {

namespace {

std::optional<QString> readLineFromFd(int fd)
{
    QByteArray line;
    char c = 0;
    for (;;) {
        const ssize_t n = ::read(fd, &c, 1);
        if (n <= 0)
            break;
        if (c == '\n')
            return QString::fromUtf8(line.endsWith('\r') ? line.chopped(1) : line);
        line.append(c);
        if (line.size() > 16 * 1024)
            break; // far beyond any accepted password: refuse rather than buffer forever
    }
    if (line.isEmpty())
        return std::nullopt;
    return QString::fromUtf8(line.endsWith('\r') ? line.chopped(1) : line);
}

std::optional<QString> readHidden(int fd, const QString &prompt)
{
    termios old{};
    if (::tcgetattr(fd, &old) != 0)
        return std::nullopt;
    termios quiet = old;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    quiet.c_lflag |= ECHONL;
    const QByteArray p = prompt.toLocal8Bit();
    (void)!::write(STDERR_FILENO, p.constData(), static_cast<size_t>(p.size()));
    ::tcsetattr(fd, TCSAFLUSH, &quiet);
    auto line = readLineFromFd(fd);
    ::tcsetattr(fd, TCSAFLUSH, &old);
    return line;
}

} // namespace

bool stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

std::optional<QString> promptHidden(const QString &prompt)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    auto line = readHidden(fd, prompt);
    ::close(fd);
    return line;
}

std::optional<QString> readSecretFromStdin(const QString &prompt)
{
    if (stdinIsTerminal())
        return readHidden(STDIN_FILENO, prompt);
    return readLineFromFd(STDIN_FILENO);
}

} // namespace authdesk::cli
