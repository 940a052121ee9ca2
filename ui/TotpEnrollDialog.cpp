#include "ui/TotpEnrollDialog.h"

#include "core/Directory.h"
#include "core/crypto/Base32.h"
#include "core/crypto/OtpAuthUri.h"
#include "core/crypto/SecureCompare.h"
#include "core/policy/InputRules.h"
#include "core/policy/StoreSettings.h"
#include "models/Continuation.h"
#include "models/RecoverySheet.h"
#include "ui/DialogHeader.h"
#include "ui/InlineStatus.h"
#include "ui/QrCodeLabel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace authdesk {

namespace {

QString shown(const QString &text)
{
    return InputRules::escapeForDisplay(text);
}

QString refOf(const User &user)
{
    return QStringLiteral("#%1").arg(user.id);
}

// A string with a buffer of its own, so that wiping it later reaches the only copy we hold.
QString ownCopy(const QString &text)
{
    return QString(text.constData(), text.size());
}

// "ABCDEFGH…" → "ABCD EFGH …", as people type a key by hand.
QString groupedInFours(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 4);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out += QLatin1Char(' ');
        out += text.at(i);
    }
    return out;
}

QLabel *wrappedLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

constexpr int TickMs = 250;
constexpr qint64 CountdownFromMs = 60 * 1000;

} // namespace

TotpEnrollDialog::TotpEnrollDialog(Directory *directory, Principal actor, const User &user, Mode mode, QWidget *parent)
    : QDialog(parent),
      m_directory(directory),
      m_actor(std::move(actor)),
      m_user(user),
      m_mode(mode),
      m_ticker(new QTimer(this)),
      m_pages(new QStackedWidget(this)),
      m_status(new InlineStatus(this))
{
    setObjectName(QStringLiteral("totpEnrollDialog"));
    const QString who = shown(user.displayName.isEmpty() ? user.username : user.displayName);
    setWindowTitle(mode == Mode::Enroll ? tr("Set Up Authenticator") : tr("New Recovery Codes"));
    auto *header = new DialogHeader(
        mode == Mode::Enroll ? tr("Set up an authenticator app for %1").arg(who)
                             : tr("New recovery codes for %1").arg(who),
        mode == Mode::Enroll
            ? tr("Scan the QR code with the authenticator app on %1's phone, type the code it then shows, and hand "
                 "over the recovery codes.")
                  .arg(who)
            : tr("A new set of recovery codes replaces the current one: the old codes stop working at once."),
        this);

    // Starting (and, for new recovery codes, the question first).
    auto *startPage = new QWidget(this);
    auto *startText = wrappedLabel(QStringLiteral("startLabel"), startPage);
    startText->setText(mode == Mode::Enroll ? tr("Making a new authenticator key…")
                                            : tr("Make a new set of 10 recovery codes for %1? The codes they have "
                                                 "now stop working, and the new ones are shown only once.")
                                                  .arg(who));
    auto *startLayout = new QVBoxLayout(startPage);
    startLayout->addWidget(startText);
    startLayout->addStretch();

    // 1. Scan.
    auto *scanPage = new QWidget(this);
    m_qr = new QrCodeLabel(scanPage);
    m_qr->setObjectName(QStringLiteral("qrLabel"));
    m_qr->setAccessibleName(tr("QR code for the authenticator app"));
    m_issuer = wrappedLabel(QStringLiteral("issuerLabel"), scanPage);
    m_issuer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_account = wrappedLabel(QStringLiteral("accountLabel"), scanPage);
    m_account->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_replaceNote = wrappedLabel(QStringLiteral("replaceNote"), scanPage);
    m_replaceNote->setVisible(false);
    auto *scanHelp = wrappedLabel(QStringLiteral("scanHelp"), scanPage);
    scanHelp->setText(tr("In the app, add an account and scan this code. The app then shows the issuer and the "
                         "account named here. No camera? Show the key and type it in instead."));
    m_showKey = new QPushButton(tr("&Show Key"), scanPage);
    m_showKey->setObjectName(QStringLiteral("showKeyButton"));
    m_showKey->setCheckable(true);
    m_showKey->setToolTip(tr("Show the secret key and the otpauth link, to type or paste into the app"));
    m_keyBox = new QWidget(scanPage);
    m_secret = new QLineEdit(m_keyBox);
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setAccessibleName(tr("Secret key"));
    m_secret->setReadOnly(true);
    m_secret->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copySecret = new QPushButton(tr("Cop&y Key"), m_keyBox);
    m_copySecret->setObjectName(QStringLiteral("copySecretButton"));
    m_copySecret->setAccessibleName(tr("Copy the secret key"));
    m_uri = new QLineEdit(m_keyBox);
    m_uri->setObjectName(QStringLiteral("uriEdit"));
    m_uri->setAccessibleName(tr("otpauth link"));
    m_uri->setReadOnly(true);
    m_copyUri = new QPushButton(tr("Copy &Link"), m_keyBox);
    m_copyUri->setObjectName(QStringLiteral("copyUriButton"));
    m_copyUri->setAccessibleName(tr("Copy the otpauth link"));
    auto *keyForm = new QGridLayout(m_keyBox);
    keyForm->setContentsMargins(0, 0, 0, 0);
    auto *secretCaption = new QLabel(tr("&Key:"), m_keyBox);
    secretCaption->setBuddy(m_secret);
    auto *uriCaption = new QLabel(tr("Lin&k:"), m_keyBox);
    uriCaption->setBuddy(m_uri);
    keyForm->addWidget(secretCaption, 0, 0);
    keyForm->addWidget(m_secret, 0, 1);
    keyForm->addWidget(m_copySecret, 0, 2);
    keyForm->addWidget(uriCaption, 1, 0);
    keyForm->addWidget(m_uri, 1, 1);
    keyForm->addWidget(m_copyUri, 1, 2);
    keyForm->setColumnStretch(1, 1);
    m_keyBox->setVisible(false);
    auto *facts = new QFormLayout;
    facts->addRow(tr("Issuer:"), m_issuer);
    facts->addRow(tr("Account:"), m_account);
    auto *side = new QVBoxLayout;
    side->addLayout(facts);
    side->addWidget(m_replaceNote);
    side->addWidget(scanHelp);
    side->addStretch();
    side->addWidget(m_showKey, 0, Qt::AlignLeft);
    auto *scanTop = new QHBoxLayout;
    scanTop->addWidget(m_qr, 3);
    scanTop->addLayout(side, 2);
    auto *scanLayout = new QVBoxLayout(scanPage);
    scanLayout->addLayout(scanTop, 1);
    scanLayout->addWidget(m_keyBox);

    // 2. Verify.
    auto *verifyPage = new QWidget(this);
    m_codePrompt = wrappedLabel(QStringLiteral("codePrompt"), verifyPage);
    m_code = new QLineEdit(verifyPage);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setAccessibleName(tr("Code from the authenticator app"));
    m_code->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(codeFont.pointSizeF() * 1.6);
    m_code->setFont(codeFont);
    auto *codeCaption = new QLabel(tr("&Code:"), verifyPage);
    codeCaption->setBuddy(m_code);
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(codeCaption);
    codeRow->addWidget(m_code);
    codeRow->addStretch();
    auto *verifyLayout = new QVBoxLayout(verifyPage);
    verifyLayout->addWidget(m_codePrompt);
    verifyLayout->addLayout(codeRow);
    verifyLayout->addStretch();

    // 3. Recovery codes.
    auto *codesPage = new QWidget(this);
    m_codesIntro = wrappedLabel(QStringLiteral("codesIntro"), codesPage);
    m_codesIntro->setText(tr("These recovery codes let %1 sign in without the phone. Each works once. They are "
                             "shown only now: print them or save them as a PDF for %1, then tick the box.")
                              .arg(who));
    m_codesView = new QPlainTextEdit(codesPage);
    m_codesView->setObjectName(QStringLiteral("codesView"));
    m_codesView->setAccessibleName(tr("Recovery codes"));
    m_codesView->setReadOnly(true);
    m_codesView->setUndoRedoEnabled(false);
    m_codesView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_codesView->setTabChangesFocus(true);
    m_copyCodes = new QPushButton(tr("&Copy"), codesPage);
    m_copyCodes->setObjectName(QStringLiteral("copyCodesButton"));
    m_copyCodes->setAccessibleName(tr("Copy the recovery codes"));
    m_savePdf = new QPushButton(tr("Save as &PDF…"), codesPage);
    m_savePdf->setObjectName(QStringLiteral("savePdfButton"));
    m_savePdf->setAccessibleName(tr("Save the recovery sheet as a PDF"));
    m_print = new QPushButton(tr("P&rint…"), codesPage);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_print->setAccessibleName(tr("Print the recovery sheet"));
    m_stored = new QCheckBox(tr("I have &stored these codes"), codesPage);
    m_stored->setObjectName(QStringLiteral("storedBox"));
    auto *codeButtons = new QHBoxLayout;
    codeButtons->addWidget(m_copyCodes);
    codeButtons->addWidget(m_savePdf);
    codeButtons->addWidget(m_print);
    codeButtons->addStretch();
    auto *codesLayout = new QVBoxLayout(codesPage);
    codesLayout->addWidget(m_codesIntro);
    codesLayout->addWidget(m_codesView, 1);
    codesLayout->addLayout(codeButtons);
    codesLayout->addWidget(m_stored);

    // Failed: what the directory said.
    auto *failedPage = new QWidget(this);
    m_failure = wrappedLabel(QStringLiteral("failureLabel"), failedPage);
    m_failure->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *failedLayout = new QVBoxLayout(failedPage);
    failedLayout->addWidget(m_failure);
    failedLayout->addStretch();

    m_pages->addWidget(startPage);
    m_pages->addWidget(scanPage);
    m_pages->addWidget(verifyPage);
    m_pages->addWidget(codesPage);
    m_pages->addWidget(failedPage);

    m_countdown = wrappedLabel(QStringLiteral("countdownLabel"), this);
    m_countdown->setVisible(false);
    m_notice = wrappedLabel(QStringLiteral("noticeLabel"), this);
    m_status->setObjectName(QStringLiteral("inlineStatus"));

    auto *buttons = new QDialogButtonBox(this);
    m_back = buttons->addButton(tr("&Back"), QDialogButtonBox::ResetRole);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_next =
        buttons->addButton(mode == Mode::Enroll ? tr("&Next") : tr("&Make New Codes"), QDialogButtonBox::ActionRole);
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_activate = buttons->addButton(tr("&Activate"), QDialogButtonBox::ActionRole);
    m_activate->setObjectName(QStringLiteral("activateButton"));
    m_finish = buttons->addButton(tr("&Finish"), QDialogButtonBox::AcceptRole);
    m_finish->setObjectName(QStringLiteral("finishButton"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    for (QPushButton *b : {m_back, m_next, m_activate, m_finish, m_cancel})
        b->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_notice);
    layout->addWidget(m_status);
    layout->addWidget(m_countdown);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);

    setTabOrder(m_showKey, m_secret);
    setTabOrder(m_secret, m_copySecret);
    setTabOrder(m_copySecret, m_uri);
    setTabOrder(m_uri, m_copyUri);
    setTabOrder(m_copyUri, m_code);
    setTabOrder(m_code, m_codesView);
    setTabOrder(m_codesView, m_copyCodes);
    setTabOrder(m_copyCodes, m_savePdf);
    setTabOrder(m_savePdf, m_print);
    setTabOrder(m_print, m_stored);
    setTabOrder(m_stored, m_back);
    setTabOrder(m_back, m_next);
    setTabOrder(m_next, m_activate);
    setTabOrder(m_activate, m_finish);
    setTabOrder(m_finish, m_cancel);

    // Ctrl+C on a focused copyable field copies all of it, through the dialog (which clears it later).
    for (QWidget *w : std::initializer_list<QWidget *>{m_secret, m_uri, m_codesView})
        w->installEventFilter(this);

    connect(m_showKey, &QPushButton::toggled, this, &TotpEnrollDialog::setKeyShown);
    connect(m_copySecret, &QPushButton::clicked, this, [this] { copyToClipboard(m_groupedSecret); });
    connect(m_copyUri, &QPushButton::clicked, this, [this] { copyToClipboard(m_enrollment.uri); });
    connect(m_copyCodes, &QPushButton::clicked, this,
            [this] { copyToClipboard(m_codes.join(QLatin1Char('\n')) + QLatin1Char('\n')); });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (page() == Page::Starting && m_mode == Mode::NewRecoveryCodes)
            start();
        else if (page() == Page::Scan)
            setPage(Page::Verify);
    });
    connect(m_back, &QPushButton::clicked, this, [this] {
        if (page() == Page::Verify)
            setPage(Page::Scan);
    });
    connect(m_activate, &QPushButton::clicked, this, &TotpEnrollDialog::activate);
    connect(m_code, &QLineEdit::returnPressed, this, &TotpEnrollDialog::activate);
    connect(m_code, &QLineEdit::textEdited, m_status, &InlineStatus::clear);
    connect(m_savePdf, &QPushButton::clicked, this, &TotpEnrollDialog::savePdf);
    connect(m_print, &QPushButton::clicked, this, &TotpEnrollDialog::print);
    connect(m_stored, &QCheckBox::toggled, this, [this] { setPage(page()); });
    connect(m_finish, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    // The store's timeout; until it answers, the default.
    m_timeoutMs = qint64(StoreSettings::defaultValue(StoreSettings::ConsoleEnrollTimeoutMinutes).toInt()) * 60 * 1000;
    m_sinceOpen.start();
    m_ticker->setInterval(TickMs);
    connect(m_ticker, &QTimer::timeout, this, &TotpEnrollDialog::tick);
    m_ticker->start();
    if (m_directory)
        whenAnswered(this, m_directory->settings(m_actor), [this](const Result<QList<StoreSetting>> &result) {
            if (!result.ok() || m_timeoutFixed || m_closed)
                return;
            QHash<QString, QString> values;
            for (const StoreSetting &s : result.value())
                values.insert(s.key, s.value);
            m_timeoutMs = qint64(StoreSettings::enrollTimeoutMinutes(values)) * 60 * 1000;
            tick();
        });

    setPage(Page::Starting);
    if (mode == Mode::Enroll)
        start();
}

TotpEnrollDialog::~TotpEnrollDialog()
{
    wipe();
}

TotpEnrollDialog::Page TotpEnrollDialog::page() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

QString TotpEnrollDialog::errorText() const
{
    return m_status->errorText();
}

QString TotpEnrollDialog::noticeText() const
{
    return m_notice->text();
}

void TotpEnrollDialog::setTimeoutForTesting(int milliseconds)
{
    m_timeoutFixed = true;
    m_timeoutMs = milliseconds;
    m_sinceOpen.restart();
    tick();
}

int TotpEnrollDialog::remainingSeconds() const
{
    const qint64 left = m_timeoutMs - m_sinceOpen.elapsed();
    return left <= 0 ? 0 : static_cast<int>((left + 999) / 1000);
}

void TotpEnrollDialog::setBusy(bool busy)
{
    m_busy = busy;
    setPage(page());
}

void TotpEnrollDialog::setPage(Page p)
{
    m_pages->setCurrentIndex(static_cast<int>(p));
    const bool idle = !m_busy;
    m_back->setVisible(p == Page::Verify);
    m_back->setEnabled(idle);
    m_next->setVisible(p == Page::Scan || (p == Page::Starting && m_mode == Mode::NewRecoveryCodes));
    m_next->setEnabled(idle);
    m_activate->setVisible(p == Page::Verify);
    m_activate->setEnabled(idle);
    m_code->setEnabled(idle);
    m_finish->setVisible(p == Page::RecoveryCodes);
    m_finish->setEnabled(idle && m_stored->isChecked());
    m_cancel->setText(p == Page::Failed ? tr("&Close") : tr("Cancel"));
    m_cancel->setEnabled(idle || p == Page::Starting);
    // Enter does what the page is for.
    QPushButton *primary = p == Page::Verify ? m_activate
        : p == Page::RecoveryCodes           ? m_finish
        : p == Page::Failed                  ? m_cancel
                                             : m_next;
    for (QPushButton *b : {m_back, m_next, m_activate, m_finish, m_cancel})
        b->setDefault(b == primary);
}

void TotpEnrollDialog::start()
{
    if (!m_directory || m_busy)
        return;
    setBusy(true);
    m_status->showBusy(m_mode == Mode::Enroll ? tr("Making a new authenticator key…")
                                              : tr("Making new recovery codes…"));
    if (m_mode == Mode::NewRecoveryCodes) {
        whenAnswered(this, m_directory->regenerateRecoveryCodes(m_actor, refOf(m_user)),
                     [this](const Result<QStringList> &result) {
                         setBusy(false);
                         if (m_closed)
                             return;
                         if (!result.ok()) {
                             showFailure(result.message());
                             return;
                         }
                         m_status->clear();
                         showCodes(result.value());
                     });
        return;
    }
    // Whether an authenticator is active already, so the admin is told it keeps working meanwhile.
    whenAnswered(this, m_directory->mfaStatus(m_actor, refOf(m_user)), [this](const Result<MfaStatus> &status) {
        if (m_closed || !m_directory)
            return;
        m_hadActiveFactor = status.ok() && status->state == MfaStatus::State::Active;
        whenAnswered(this, m_directory->enrollTotp(m_actor, refOf(m_user)),
                     [this](const Result<TotpEnrollment> &result) {
                         setBusy(false);
                         if (m_closed)
                             return;
                         if (!result.ok()) {
                             showFailure(result.message());
                             return;
                         }
                         m_status->clear();
                         showEnrollment(result.value());
                     });
    });
}

void TotpEnrollDialog::showFailure(const QString &message)
{
    m_status->showError(message);
    m_failure->setText(m_mode == Mode::Enroll ? tr("No authenticator was set up: %1").arg(message)
                                              : tr("No new recovery codes were made: %1").arg(message));
    setPage(Page::Failed);
}

void TotpEnrollDialog::showEnrollment(const TotpEnrollment &enrollment)
{
    m_enrollment.uri = ownCopy(enrollment.uri);
    m_enrollment.issuer = enrollment.issuer;
    m_enrollment.account = enrollment.account;
    m_enrollment.algorithm = enrollment.algorithm;
    m_enrollment.digits = enrollment.digits;
    m_enrollment.period = enrollment.period;

    auto parsed = crypto::parseOtpAuthUri(m_enrollment.uri);
    if (!parsed.ok()) {
        showFailure(parsed.message());
        return;
    }
    QString base32 = crypto::base32Encode(parsed.value().secret);
    m_groupedSecret = groupedInFours(base32);
    crypto::secureWipe(base32);
    crypto::secureWipe(parsed.value().secret);

    QByteArray uriBytes = m_enrollment.uri.toUtf8();
    m_qrCode = crypto::QrCode::encode(uriBytes);
    crypto::secureWipe(uriBytes);
    if (!m_qrCode.isValid()) {
        showFailure(m_qrCode.errorString());
        return;
    }
    m_qr->setCode(m_qrCode);
    m_issuer->setText(shown(m_enrollment.issuer));
    m_account->setText(shown(m_enrollment.account));
    m_qr->setAccessibleDescription(
        tr("Adds the account %1 from %2 to an authenticator app.").arg(m_account->text(), m_issuer->text()));
    if (m_hadActiveFactor) {
        m_replaceNote->setText(tr("%1 already has an active authenticator. It keeps working until this new one "
                                  "is activated with its first code; then only the new one works.")
                                   .arg(shown(m_user.username)));
        m_replaceNote->setVisible(true);
    }
    m_codePrompt->setText(tr("Type the %1-digit code the app now shows for %2 (%3). It changes every %4 seconds.")
                              .arg(m_enrollment.digits)
                              .arg(m_issuer->text(), m_account->text())
                              .arg(m_enrollment.period));
    m_code->setMaxLength(m_enrollment.digits);
    m_code->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,%1}").arg(m_enrollment.digits)), m_code));
    m_code->setPlaceholderText(QString(m_enrollment.digits, QLatin1Char('0')));
    setPage(Page::Scan);
    // Enter goes on to the code; Show Key is a Tab away.
    m_next->setFocus();
}

void TotpEnrollDialog::setKeyShown(bool keyShown)
{
    // The fields hold the key only while they are shown.
    m_secret->setText(keyShown ? m_groupedSecret : QString());
    m_uri->setText(keyShown ? m_enrollment.uri : QString());
    m_uri->setCursorPosition(0);
    m_keyBox->setVisible(keyShown);
    m_showKey->setText(keyShown ? tr("Hide &Key") : tr("&Show Key"));
    if (keyShown)
        m_secret->setFocus();
}

void TotpEnrollDialog::activate()
{
    if (m_busy || page() != Page::Verify || !m_directory)
        return;
    const QString typed = m_code->text();
    if (typed.size() != m_enrollment.digits) {
        m_status->showError(tr("The code has %1 digits; the app shows %2.").arg(typed.size()).arg(m_enrollment.digits));
        m_code->setFocus();
        return;
    }
    setBusy(true);
    m_status->showBusy(tr("Checking the code…"));
    whenAnswered(this, m_directory->activateTotp(m_actor, refOf(m_user), typed),
                 [this](const Result<QStringList> &result) {
                     setBusy(false);
                     if (m_closed)
                         return;
                     if (!result.ok()) {
                         // The page stays; nothing was activated.
                         m_status->showError(result.message());
                         m_code->setText(QString());
                         m_code->setFocus();
                         return;
                     }
                     m_status->clear();
                     // The key has done its work: off the screen and out of memory now.
                     m_showKey->setChecked(false);
                     m_qr->clearCode();
                     m_qrCode = crypto::QrCode();
                     m_code->setText(QString());
                     m_notice->setText(tr("The authenticator of %1 is active.").arg(shown(m_user.username)));
                     showCodes(result.value());
                 });
}

void TotpEnrollDialog::showCodes(const QStringList &codes)
{
    m_codes.clear();
    for (const QString &c : codes)
        m_codes << ownCopy(c);
    m_codesMadeAt = QDateTime::currentDateTimeUtc();
    m_codesView->setPlainText(m_codes.join(QLatin1Char('\n')));
    const int lines = static_cast<int>(m_codes.size()) + 1;
    m_codesView->setMinimumHeight(m_codesView->fontMetrics().lineSpacing() * lines + 2 * m_codesView->frameWidth() + 8);
    m_stored->setChecked(false);
    setPage(Page::RecoveryCodes);
    m_codesView->setFocus();
}

QString TotpEnrollDialog::sheetUser() const
{
    const QString name = m_user.displayName.isEmpty() ? m_user.username : m_user.displayName;
    return tr("%1 (%2, %3)").arg(shown(name), shown(m_user.username), shown(m_user.email));
}

void TotpEnrollDialog::savePdf()
{
    if (m_codes.isEmpty())
        return;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("recovery-codes-%1.pdf").arg(InputRules::escapeForDisplay(m_user.username)));
    const QString path = m_savePathHook
        ? m_savePathHook(suggested)
        : QFileDialog::getSaveFileName(this, tr("Save Recovery Sheet"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    RecoverySheet sheet{sheetUser(), m_mode == Mode::Enroll ? m_enrollment.issuer : QString(), m_codesMadeAt, m_codes};
    if (sheet.issuer.isEmpty())
        sheet.issuer = QStringLiteral("AuthDesk");
    const Status written = writeRecoverySheetPdf(sheet, path);
    if (!written.ok()) {
        m_status->showError(written.message());
        return;
    }
    m_status->clear();
    m_notice->setText(tr("Saved the recovery sheet to %1 (readable by you only). Hand it over, then delete the file.")
                          .arg(QDir::toNativeSeparators(path)));
}

void TotpEnrollDialog::print()
{
    if (m_codes.isEmpty())
        return;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(defaultRecoverySheetPaper()));
    printer->setDocName(tr("Recovery codes for %1").arg(shown(m_user.username)));
    auto *dialog = new QPrintDialog(printer.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, qOverload<QPrinter *>(&QPrintDialog::accepted), this, [this, printer] {
        RecoverySheet sheet{sheetUser(),
                            m_enrollment.issuer.isEmpty() ? QStringLiteral("AuthDesk") : m_enrollment.issuer,
                            m_codesMadeAt, m_codes};
        QPainter painter;
        if (!painter.begin(printer.get())) {
            m_status->showError(tr("The printer could not be started."));
            return;
        }
        const Status painted = paintRecoverySheet(painter, *printer, sheet);
        painter.end();
        if (!painted.ok())
            m_status->showError(painted.message());
        else
            m_notice->setText(tr("Sent the recovery sheet to the printer."));
    });
    dialog->open();
}

void TotpEnrollDialog::copyToClipboard(const QString &text)
{
    if (text.isEmpty())
        return;
    crypto::secureWipe(m_onClipboard);
    m_onClipboard = ownCopy(text);
    QApplication::clipboard()->setText(m_onClipboard);
    m_notice->setText(tr("Copied. The clipboard is cleared when this dialog closes."));
}

bool TotpEnrollDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        if (watched == m_secret) {
            copyToClipboard(m_groupedSecret);
            return true;
        }
        if (watched == m_uri) {
            copyToClipboard(m_enrollment.uri);
            return true;
        }
        if (watched == m_codesView) {
            copyToClipboard(m_codes.join(QLatin1Char('\n')) + QLatin1Char('\n'));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void TotpEnrollDialog::tick()
{
    if (m_closed)
        return;
    const qint64 left = m_timeoutMs - m_sinceOpen.elapsed();
    if (left <= 0) {
        m_timedOut = true;
        done(QDialog::Rejected);
        return;
    }
    if (left <= CountdownFromMs) {
        m_countdown->setText(tr("This dialog closes in %n second(s), so the key is not left on the screen.", nullptr,
                                remainingSeconds()));
        m_countdown->setVisible(true);
    }
}

void TotpEnrollDialog::done(int result)
{
    if (m_closed)
        return;
    if (!m_timedOut) {
        // An answer on its way would be lost (the recovery codes of an activation): wait for it.
        if (m_busy && page() != Page::Starting)
            return;
        if (page() == Page::RecoveryCodes && !m_stored->isChecked()) {
            const QString question =
                tr("Close without keeping the recovery codes? They are not shown again; new ones would have to be "
                   "made.");
            const bool close = m_confirmHook
                ? m_confirmHook(question)
                : QMessageBox::question(this, tr("Recovery Codes Not Stored"), question,
                                        QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel)
                    == QMessageBox::Close;
            if (!close)
                return;
        }
    }
    m_closed = true;
    m_ticker->stop();
    wipe();
    QDialog::done(result);
}

void TotpEnrollDialog::wipe()
{
    // The clipboard first, while we still know what we put there.
    if (!m_onClipboard.isEmpty()) {
        QClipboard *clipboard = QApplication::clipboard();
        QByteArray onClipboard = clipboard->text().toUtf8();
        QByteArray ours = m_onClipboard.toUtf8();
        if (crypto::secureEquals(onClipboard, ours))
            clipboard->clear();
        crypto::secureWipe(onClipboard);
        crypto::secureWipe(ours);
    }
    // Then the widgets, so that our own strings are the last copies and wiping them reaches the buffers.
    // setText() rather than clear(): it also drops the undo history.
    m_secret->setText(QString());
    m_uri->setText(QString());
    m_code->setText(QString());
    m_codesView->setPlainText(QString());
    m_issuer->clear();
    m_account->clear();
    m_codePrompt->clear();
    m_qr->clearCode();
    m_qr->setAccessibleDescription(QString());
    m_qrCode = crypto::QrCode();
    m_keyBox->setVisible(false);
    crypto::secureWipe(m_enrollment.uri);
    crypto::secureWipe(m_enrollment.issuer);
    crypto::secureWipe(m_enrollment.account);
    crypto::secureWipe(m_groupedSecret);
    crypto::secureWipe(m_onClipboard);
    for (QString &c : m_codes)
        crypto::secureWipe(c);
    m_codes.clear();
}

} // namespace authdesk
