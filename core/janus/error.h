#pragma once

#include <QMetaType>
#include <QString>

namespace janus {

/// What went wrong with a request, as a value: a kind, Janus's code and text, and advice in words.
struct Error {
    enum class Kind {
        None,
        Timeout,      ///< no final answer within the request's timeout
        Cancelled,    ///< cancelled by the caller or by closing the connection
        Transport,    ///< socket failed or closed, server unreachable
        Protocol,     ///< the server sent something that does not follow the Janus API
        Auth,         ///< wrong or missing API secret, token or admin secret
        Tls,          ///< the server's certificate was refused (untrusted, or not the pinned one)
        Janus,        ///< a Janus core error ({"janus":"error"})
        Plugin,       ///< a plugin error (error_code inside plugindata)
        InvalidInput, ///< the request itself was rejected before sending
    };

    Kind kind = Kind::None;
    int code = 0;        ///< Janus or plugin error code, 0 when there is none
    QString serverText;  ///< the server's own words, verbatim
    QString explanation; ///< what it means and what to do, for humans
    QString request;     ///< which request failed ("create", "add_remote_publisher", …)

    bool isError() const { return kind != Kind::None; }
    /// One line for logs and status bars: request, code, server text and explanation.
    QString message() const;
    static QString kindName(Kind kind);

    static Error transport(const QString& text, const QString& request = {});
    static Error protocol(const QString& text, const QString& request = {});
    static Error timeout(const QString& request, int ms);
    static Error cancelled(const QString& request);
    static Error invalidInput(const QString& text, const QString& request = {});
    /// A refused server certificate; the text names it by its SHA-256 fingerprint.
    static Error tls(const QString& text);
    /// A Janus core error; codes 403/405 become Kind::Auth with advice on secrets.
    static Error fromJanus(int code, const QString& reason, const QString& request);
    /// A plugin error (error_code in the plugin's data); the plugin's table explains it (see
    /// PluginHandle::Explainer).
    static Error fromPlugin(int code, const QString& text, const QString& request);
};

} // namespace janus

Q_DECLARE_METATYPE(janus::Error)
