#include "ui/TokenInspectorDialog.h"

#include "core/auth/Jwt.h"
#include "core/policy/InputRules.h"
#include "core/store/LocalDirectory.h"
#include "models/Continuation.h"
#include "ui/DialogHeader.h"

#include <QAccessible>
#include <QApplication>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSignalBlocker>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace authdesk {

namespace {

// The relative times move on while the dialog is open.
constexpr int ClockTickMs = 10 * 1000;

// Indented JSON, each line escaped so that control or invisible characters in a hostile claim are
// shown as escapes instead of drawing on the screen.
QString jsonText(const QJsonObject &object)
{
    if (object.isEmpty())
        return {};
    const QString json = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed();
    QStringList lines = json.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = InputRules::escapeForDisplay(line);
    return lines.join(QLatin1Char('\n'));
}

QPlainTextEdit *monospaceEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setTabChangesFocus(true);
    // No undo history: after clear() no copy of a pasted token is left in it.
    edit->setUndoRedoEnabled(false);
    return edit;
}

QLabel *caption(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

struct TimeClaim {
    const char *name;
    const char *meaning;
};

const TimeClaim timeClaims[] = {
    {"iat", QT_TRANSLATE_NOOP("authdesk::TokenInspectorDialog", "issued at")},
    {"nbf", QT_TRANSLATE_NOOP("authdesk::TokenInspectorDialog", "not before")},
    {"exp", QT_TRANSLATE_NOOP("authdesk::TokenInspectorDialog", "expires")},
    {"auth_time", QT_TRANSLATE_NOOP("authdesk::TokenInspectorDialog", "signed in at")},
};

} // namespace

TokenInspectorDialog::TokenInspectorDialog(LocalDirectory *directory, Principal actor, QWidget *parent)
    : QDialog(parent),
      m_directory(directory),
      m_actor(std::move(actor)),
      m_decodeTimer(new QTimer(this)),
      m_clockTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("tokenInspectorDialog"));
    setWindowTitle(tr("JWT Inspector"));
    auto *header = new DialogHeader(
        tr("JWT Inspector"),
        tr("Paste an access token to see what it says and whether it is valid. The token stays in this dialog: it "
           "is not saved or logged, and the boxes are emptied when the dialog closes."),
        this);

    // Left: what the administrator pastes.
    m_tokenEdit = monospaceEdit(QStringLiteral("tokenEdit"), tr("Token"), this);
    m_tokenEdit->setPlaceholderText(tr("eyJhbGciOi… (header.claims.signature)"));
    m_tokenEdit->setWordWrapMode(QTextOption::WrapAnywhere);
    auto *tokenCaption = caption(tr("&Token:"), m_tokenEdit, this);

    m_storeKeys = new QRadioButton(tr("This store's &keys"), this);
    m_storeKeys->setObjectName(QStringLiteral("storeKeysButton"));
    m_storeKeys->setToolTip(tr("The store's active and retiring signing keys, and its issuer and audience"));
    m_storeKeys->setChecked(true);
    m_pastedKeys = new QRadioButton(tr("&Pasted JWKS / PEM"), this);
    m_pastedKeys->setObjectName(QStringLiteral("pastedKeysButton"));
    m_pastedKeys->setToolTip(tr("Another issuer's keys: a JWKS, one JWK or a PEM public key. Its issuer and audience "
                                "are shown, not checked."));
    auto *sources = new QButtonGroup(this);
    sources->addButton(m_storeKeys);
    sources->addButton(m_pastedKeys);
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(new QLabel(tr("Verify with:"), this));
    sourceRow->addWidget(m_storeKeys);
    sourceRow->addWidget(m_pastedKeys);
    sourceRow->addStretch();

    m_keysEdit = monospaceEdit(QStringLiteral("keysEdit"), tr("Keys to verify with"), this);
    m_keysEdit->setPlaceholderText(tr("{\"keys\": [ … ]}  or  -----BEGIN PUBLIC KEY-----"));
    m_keysCaption = caption(tr("Ke&ys to verify with (a JWKS, one JWK or a PEM public key):"), m_keysEdit, this);

    m_verify = new QPushButton(tr("&Verify"), this);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setToolTip(tr("Check the signature and the claims now (it also happens by itself after a paste)"));
    m_verify->setAutoDefault(false);

    auto *left = new QVBoxLayout;
    left->addWidget(tokenCaption);
    left->addWidget(m_tokenEdit, 3);
    left->addLayout(sourceRow);
    left->addWidget(m_keysCaption);
    left->addWidget(m_keysEdit, 2);
    left->addWidget(m_verify, 0, Qt::AlignLeft);

    // Right: what the token says.
    m_headerView = monospaceEdit(QStringLiteral("headerView"), tr("Token header"), this);
    m_headerView->setReadOnly(true);
    m_claimsView = monospaceEdit(QStringLiteral("claimsView"), tr("Token claims"), this);
    m_claimsView->setReadOnly(true);
    // JSON reads best a member a line; a long value scrolls rather than breaking the indentation.
    for (QPlainTextEdit *view : {m_headerView, m_claimsView})
        view->setLineWrapMode(QPlainTextEdit::NoWrap);
    // A typical header (alg, kid, typ) fits without scrolling.
    const int headerHeight = m_headerView->fontMetrics().lineSpacing() * 6 + 2 * m_headerView->frameWidth() + 8;
    m_headerView->setMinimumHeight(headerHeight);
    m_headerView->setMaximumHeight(headerHeight * 3 / 2); // the room left goes to the claims
    m_times = new QTableWidget(0, 3, this);
    m_times->setObjectName(QStringLiteral("timesTable"));
    m_times->setAccessibleName(tr("Time claims in local time"));
    m_times->setHorizontalHeaderLabels({tr("Claim"), tr("Local time"), tr("Relative")});
    m_times->verticalHeader()->hide();
    m_times->horizontalHeader()->setStretchLastSection(true);
    m_times->horizontalHeader()->setSectionResizeMode(ClaimColumn, QHeaderView::ResizeToContents);
    m_times->horizontalHeader()->setSectionResizeMode(LocalTimeColumn, QHeaderView::ResizeToContents);
    m_times->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_times->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_times->setTabKeyNavigation(false);
    m_times->setWordWrap(false);
    const int rowHeight = m_times->verticalHeader()->defaultSectionSize();
    m_times->setFixedHeight(m_times->horizontalHeader()->sizeHint().height() + rowHeight * 4
                            + 2 * m_times->frameWidth());

    auto *right = new QVBoxLayout;
    right->addWidget(caption(tr("&Header:"), m_headerView, this));
    right->addWidget(m_headerView, 1);
    right->addWidget(caption(tr("C&laims:"), m_claimsView, this));
    right->addWidget(m_claimsView, 3);
    right->addWidget(caption(tr("T&imes:"), m_times, this));
    right->addWidget(m_times);

    auto *columns = new QHBoxLayout;
    // The token wraps anywhere; the JSON beside it wants the width.
    columns->addLayout(left, 2);
    columns->addSpacing(fontMetrics().averageCharWidth() * 2);
    columns->addLayout(right, 3);

    // The verdict, in words and colour, with an icon so it does not rest on colour alone.
    m_verdictBox = new QWidget(this);
    m_verdictIcon = new QLabel(m_verdictBox);
    m_verdictIcon->setAlignment(Qt::AlignTop);
    m_verdictLabel = new QLabel(m_verdictBox);
    m_verdictLabel->setObjectName(QStringLiteral("verdictLabel"));
    m_verdictLabel->setAccessibleName(tr("Verdict"));
    m_verdictLabel->setTextFormat(Qt::PlainText);
    m_verdictLabel->setWordWrap(true);
    m_verdictLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdictLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    QFont bold = m_verdictLabel->font();
    bold.setBold(true);
    m_verdictLabel->setFont(bold);
    auto *verdictLayout = new QHBoxLayout(m_verdictBox);
    verdictLayout->setContentsMargins(0, 0, 0, 0);
    verdictLayout->addWidget(m_verdictIcon);
    verdictLayout->addWidget(m_verdictLabel, 1);
    m_verdictBox->setMinimumHeight(fontMetrics().height() * 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addLayout(columns, 1);
    layout->addWidget(m_verdictBox);
    layout->addWidget(buttons);
    setMinimumSize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 32);
    // Room for a whole access token's claims without scrolling, where the screen has it.
    QSize roomy(fontMetrics().averageCharWidth() * 170, fontMetrics().height() * 52);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        roomy = roomy.boundedTo(screen->availableSize() * 9 / 10);
    resize(roomy.expandedTo(minimumSize()));

    setTabOrder(m_tokenEdit, m_storeKeys);
    setTabOrder(m_storeKeys, m_pastedKeys);
    setTabOrder(m_pastedKeys, m_keysEdit);
    setTabOrder(m_keysEdit, m_verify);
    setTabOrder(m_verify, m_headerView);
    setTabOrder(m_headerView, m_claimsView);
    setTabOrder(m_claimsView, m_times);
    setTabOrder(m_times, m_close);

    m_decodeTimer->setSingleShot(true);
    m_decodeTimer->setInterval(DecodeDelayMs);
    connect(m_decodeTimer, &QTimer::timeout, this, &TokenInspectorDialog::decodeAndVerify);
    connect(m_tokenEdit, &QPlainTextEdit::textChanged, m_decodeTimer, qOverload<>(&QTimer::start));
    connect(m_keysEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_pastedKeys->isChecked())
            m_decodeTimer->start();
    });
    connect(m_storeKeys, &QRadioButton::toggled, this, &TokenInspectorDialog::onKeySourceChanged);
    connect(m_verify, &QPushButton::clicked, this, &TokenInspectorDialog::verifyNow);
    m_clockTimer->setInterval(ClockTickMs);
    connect(m_clockTimer, &QTimer::timeout, this, &TokenInspectorDialog::fillTimes);
    m_clockTimer->start();

    m_keysCaption->hide();
    m_keysEdit->hide();
    showVerdict(Verdict::None, {});
    m_tokenEdit->setFocus();
}

TokenInspectorDialog::~TokenInspectorDialog()
{
    clearAll();
}

void TokenInspectorDialog::setToken(const QString &token)
{
    m_tokenEdit->setPlainText(token);
    verifyNow();
}

void TokenInspectorDialog::setKeySource(KeySource source)
{
    (source == KeySource::Store ? m_storeKeys : m_pastedKeys)->setChecked(true);
}

TokenInspectorDialog::KeySource TokenInspectorDialog::keySource() const
{
    return m_pastedKeys->isChecked() ? KeySource::Pasted : KeySource::Store;
}

void TokenInspectorDialog::verifyNow()
{
    decodeAndVerify();
}

QString TokenInspectorDialog::verdictText() const
{
    return m_verdictLabel->text();
}

void TokenInspectorDialog::onKeySourceChanged()
{
    const bool pasted = m_pastedKeys->isChecked();
    m_keysCaption->setVisible(pasted);
    m_keysEdit->setVisible(pasted);
    if (pasted)
        m_keysEdit->setFocus();
    if (!m_tokenEdit->toPlainText().trimmed().isEmpty())
        m_decodeTimer->start();
}

void TokenInspectorDialog::decodeAndVerify()
{
    m_decodeTimer->stop();
    ++m_request; // whatever the store still has to say about an earlier text no longer matters
    m_inspection = TokenInspection();
    const QString token = m_tokenEdit->toPlainText().trimmed();
    if (token.isEmpty()) {
        showDecoded({}, {});
        showVerdict(Verdict::None, {});
        return;
    }
    // Structure only, here: pure parsing of a few kilobytes at most, no key and no disk involved.
    const jwt::Verification decoded = jwt::decode(token);
    showDecoded(decoded.header, decoded.claims);
    if (!decoded.valid()) {
        m_inspection.header = decoded.header;
        m_inspection.claims = decoded.claims;
        m_inspection.failure = jwt::failureName(decoded.failure);
        m_inspection.message = decoded.message;
        showVerdict(Verdict::Malformed, tr("Not a JWT: %1 (%2)").arg(decoded.message, m_inspection.failure));
        return;
    }
    const bool pasted = m_pastedKeys->isChecked();
    const QByteArray keys = pasted ? m_keysEdit->toPlainText().trimmed().toUtf8() : QByteArray();
    if (pasted && keys.isEmpty()) {
        showVerdict(Verdict::NeedsKeys,
                    tr("Paste the JWKS, a JWK or a PEM public key to verify against, or choose this store's keys."));
        return;
    }
    if (!m_directory) {
        showVerdict(Verdict::Error, tr("Could not check the token: the store is closed."));
        return;
    }
    showVerdict(Verdict::Checking, tr("Checking the signature and the claims…"));
    const quint64 request = m_request;
    whenAnswered(
        this, m_directory->inspectToken(m_actor, token, keys), [this, request](const Result<TokenInspection> &result) {
            if (request != m_request)
                return;
            if (!result.ok()) {
                showVerdict(Verdict::Error,
                            keySource() == KeySource::Pasted
                                ? tr("Could not check the token with the pasted keys: %1").arg(result.message())
                                : tr("Could not check the token: %1").arg(result.message()));
                return;
            }
            m_inspection = result.value();
            showDecoded(m_inspection.header, m_inspection.claims);
            if (m_inspection.verified) {
                const QString source =
                    m_inspection.keySource == QLatin1String("pasted") ? tr("the pasted keys") : tr("this store's keys");
                const QString kid =
                    m_inspection.kid.isEmpty() ? tr("(no kid)") : InputRules::escapeForDisplay(m_inspection.kid);
                showVerdict(Verdict::Verified, tr("Verified with key %1 (%2)").arg(kid, source));
            } else if (!m_inspection.structureOk) {
                showVerdict(Verdict::Malformed,
                            tr("Not a JWT: %1 (%2)").arg(m_inspection.message, m_inspection.failure));
            } else {
                showVerdict(Verdict::Invalid, tr("Not valid: %1 (%2)").arg(m_inspection.message, m_inspection.failure));
            }
        });
}

void TokenInspectorDialog::showDecoded(const QJsonObject &header, const QJsonObject &claims)
{
    m_headerView->setPlainText(jsonText(header));
    m_claimsView->setPlainText(jsonText(claims));
    m_claims = claims;
    fillTimes();
}

void TokenInspectorDialog::fillTimes()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_times->setRowCount(0);
    for (const TimeClaim &claim : timeClaims) {
        const QString name = QString::fromLatin1(claim.name);
        if (!m_claims.contains(name))
            continue;
        const QJsonValue value = m_claims.value(name);
        const int row = m_times->rowCount();
        m_times->insertRow(row);
        auto *nameItem = new QTableWidgetItem(tr("%1 (%2)").arg(name, tr(claim.meaning)));
        QString local;
        QString relative;
        QString tip;
        if (value.isDouble() && std::isfinite(value.toDouble())) {
            // NumericDate: seconds since the epoch, fractions allowed (RFC 7519 §2).
            const auto seconds = static_cast<qint64>(std::floor(value.toDouble()));
            const QDateTime at = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
            local = localTimeText(at);
            relative = relativeTimeText(at, now);
            tip = tr("%1 UTC (%2)").arg(at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), QString::number(seconds));
        } else {
            local = tr("not a number");
            tip = tr("A time claim is a number of seconds since 1970-01-01 UTC.");
        }
        auto *localItem = new QTableWidgetItem(local);
        localItem->setToolTip(tip);
        m_times->setItem(row, ClaimColumn, nameItem);
        m_times->setItem(row, LocalTimeColumn, localItem);
        m_times->setItem(row, RelativeColumn, new QTableWidgetItem(relative));
    }
}

QString TokenInspectorDialog::localTimeText(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
}

QString TokenInspectorDialog::relativeTimeText(const QDateTime &at, const QDateTime &now)
{
    const qint64 delta = now.secsTo(at);
    const qint64 magnitude = delta < 0 ? -delta : delta;
    if (magnitude == 0)
        return tr("now");
    const bool future = delta > 0;
    int n = 0;
    if (magnitude < 60) {
        n = static_cast<int>(magnitude);
        return future ? tr("in %n second(s)", nullptr, n) : tr("%n second(s) ago", nullptr, n);
    }
    if (magnitude < 3600) {
        n = static_cast<int>(magnitude / 60);
        return future ? tr("in %n minute(s)", nullptr, n) : tr("%n minute(s) ago", nullptr, n);
    }
    if (magnitude < 48 * 3600) {
        n = static_cast<int>(magnitude / 3600);
        return future ? tr("in %n hour(s)", nullptr, n) : tr("%n hour(s) ago", nullptr, n);
    }
    n = static_cast<int>(magnitude / 86400);
    return future ? tr("in %n day(s)", nullptr, n) : tr("%n day(s) ago", nullptr, n);
}

void TokenInspectorDialog::showVerdict(Verdict verdict, const QString &text)
{
    m_verdict = verdict;
    m_verdictLabel->setText(text);
    m_verify->setEnabled(verdict != Verdict::Checking);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    QStyle::StandardPixmap icon = QStyle::SP_CustomBase;
    switch (verdict) {
    case Verdict::Verified:
        icon = QStyle::SP_DialogApplyButton;
        break;
    case Verdict::Invalid:
    case Verdict::Malformed:
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case Verdict::Error:
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Verdict::NeedsKeys:
        icon = QStyle::SP_MessageBoxInformation;
        break;
    case Verdict::None:
    case Verdict::Checking:
        break;
    }
    if (icon == QStyle::SP_CustomBase)
        m_verdictIcon->clear();
    else
        m_verdictIcon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(iconSize, iconSize));
    applyVerdictColours();
    if (verdict != Verdict::None && verdict != Verdict::Checking) {
        QAccessibleEvent alert(m_verdictLabel, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
    if (verdict != Verdict::Checking)
        Q_EMIT verdictChanged(verdict);
}

void TokenInspectorDialog::applyVerdictColours()
{
    // Green and red that keep their contrast on the light and on the dark palette.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QColor text = palette().color(QPalette::WindowText);
    if (m_verdict == Verdict::Verified)
        text = dark ? QColor(0x7d, 0xd8, 0x94) : QColor(0x1a, 0x7f, 0x37);
    else if (m_verdict == Verdict::Invalid || m_verdict == Verdict::Malformed || m_verdict == Verdict::Error)
        text = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    QPalette p = m_verdictLabel->palette();
    p.setColor(QPalette::WindowText, text);
    m_verdictLabel->setPalette(p);
}

void TokenInspectorDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyVerdictColours();
}

void TokenInspectorDialog::clearAll()
{
    ++m_request;
    m_decodeTimer->stop();
    {
        const QSignalBlocker tokenBlocker(m_tokenEdit);
        const QSignalBlocker keysBlocker(m_keysEdit);
        m_tokenEdit->clear();
        m_keysEdit->clear();
    }
    m_headerView->clear();
    m_claimsView->clear();
    m_claims = QJsonObject();
    m_times->setRowCount(0);
    m_inspection = TokenInspection();
    m_verdict = Verdict::None;
    m_verdictLabel->clear();
    m_verdictIcon->clear();
}

void TokenInspectorDialog::done(int result)
{
    // A token is a credential: nothing of it stays in the widgets once the dialog is closed.
    clearAll();
    QDialog::done(result);
}

} // namespace authdesk
