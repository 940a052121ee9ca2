#pragma once
// Continues a directory call on CONTEXT's thread, always from the event loop. Qt 6.4's then() on
// a future that has already finished runs the continuation at once, inside then(); queued, the
// caller finishes setting up first, and long chains (a bulk run, paging) return to the event
// loop between calls, so Cancel and repaints get their turn.

#include <QFuture>
#include <QMetaObject>
#include <QObject>

namespace authdesk {

template <typename T, typename F>
void whenAnswered(QObject *context, QFuture<T> future, F handler)
{
    future.then(context, [context, handler = std::move(handler)](const T &result) {
        QMetaObject::invokeMethod(
            context, [handler, result] { handler(result); }, Qt::QueuedConnection);
    });
}

} // namespace authdesk
