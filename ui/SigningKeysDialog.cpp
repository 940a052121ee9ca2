#include "ui/SigningKeysDialog.h"

#include "core/policy/ConsolePermissions.h"
#include "core/policy/InputRules.h"
#include "core/store/LocalDirectory.h"
#include "models/Continuation.h"
#include "ui/DialogHeader.h"
#include "ui/InlineStatus.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace authdesk {

namespace P = ConsolePermission;

namespace {

QString timeText(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString shown(const QString &text)
{
    return InputRules::escapeForDisplay(text);
}

qsizetype keyCount(const QByteArray &jwks)
{
    return QJsonDocument::fromJson(jwks).object().value(QLatin1String("keys")).toArray().size();
}

QLabel *wrappedLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

SigningKeysDialog::SigningKeysDialog(LocalDirectory *directory, Principal actor, const QSet<QString> &permissions,
                                     QWidget *parent)
    : QDialog(parent),
      m_directory(directory),
      m_actor(std::move(actor)),
      m_permissions(permissions),
      m_status(new InlineStatus(this))
{
    setObjectName(QStringLiteral("signingKeysDialog"));
    setWindowTitle(tr("Signing Keys"));
    auto *header = new DialogHeader(
        tr("JWT signing keys"),
        tr("The active key signs new access tokens. A retiring key no longer signs but still verifies until the last "
           "token it signed has expired; a retired key verifies nothing. Applications verify with the JWKS."),
        this);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("keysTable"));
    m_table->setAccessibleName(tr("Signing keys"));
    m_table->setHorizontalHeaderLabels(
        {tr("Key ID"), tr("Algorithm"), tr("State"), tr("Created"), tr("Retiring since"), tr("Retired at")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_emptyNote = wrappedLabel(QStringLiteral("emptyNote"), this);
    m_emptyNote->setText(tr("This store has no signing key yet. It makes its first (EdDSA) at the first JWT login, "
                            "or rotate to make one now."));
    m_emptyNote->hide();

    m_rotate = new QPushButton(tr("&Rotate…"), this);
    m_rotate->setObjectName(QStringLiteral("rotateButton"));
    m_retire = new QPushButton(tr("R&etire"), this);
    m_retire->setObjectName(QStringLiteral("retireButton"));
    m_export = new QPushButton(tr("E&xport JWKS…"), this);
    m_export->setObjectName(QStringLiteral("exportJwksButton"));
    m_export->setToolTip(tr("Save the public keys applications verify with as a JSON file"));
    m_copy = new QPushButton(tr("&Copy JWKS"), this);
    m_copy->setObjectName(QStringLiteral("copyJwksButton"));
    m_copy->setToolTip(tr("Copy the public keys applications verify with (no secret is in them)"));
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_rotate, m_retire, m_export, m_copy}) {
        b->setAutoDefault(false);
        actions->addWidget(b);
    }
    actions->addStretch();

    m_notice = wrappedLabel(QStringLiteral("noticeLabel"), this);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("inlineStatus"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_emptyNote);
    layout->addLayout(actions);
    layout->addWidget(m_notice);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setMinimumSize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 24);

    setTabOrder(m_table, m_rotate);
    setTabOrder(m_rotate, m_retire);
    setTabOrder(m_retire, m_export);
    setTabOrder(m_export, m_copy);
    setTabOrder(m_copy, m_close);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SigningKeysDialog::updateButtons);
    connect(m_rotate, &QPushButton::clicked, this, &SigningKeysDialog::rotate);
    connect(m_retire, &QPushButton::clicked, this, &SigningKeysDialog::retire);
    connect(m_export, &QPushButton::clicked, this, &SigningKeysDialog::exportJwks);
    connect(m_copy, &QPushButton::clicked, this, &SigningKeysDialog::copyJwks);

    updateButtons();
    reload();
}

SigningKeysDialog::~SigningKeysDialog() = default;

QString SigningKeysDialog::errorText() const
{
    return m_status->errorText();
}

QString SigningKeysDialog::noticeText() const
{
    return m_notice->text();
}

QString SigningKeysDialog::stateName(SigningKeyInfo::State state)
{
    switch (state) {
    case SigningKeyInfo::State::Active:
        return tr("active");
    case SigningKeyInfo::State::Retiring:
        return tr("retiring");
    case SigningKeyInfo::State::Retired:
        return tr("retired");
    }
    return {};
}

void SigningKeysDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void SigningKeysDialog::fail(const QString &message)
{
    m_status->showError(message);
    Q_EMIT finished(false);
}

void SigningKeysDialog::reload()
{
    if (!m_directory)
        return;
    setBusy(true);
    m_status->showBusy(tr("Reading the signing keys…"));
    whenAnswered(this, m_directory->listSigningKeys(m_actor), [this](const Result<QList<SigningKeyInfo>> &result) {
        setBusy(false);
        if (!result.ok()) {
            fail(result.message());
            return;
        }
        m_status->clear();
        showKeys(result.value());
        Q_EMIT finished(true);
    });
}

void SigningKeysDialog::showKeys(const QList<SigningKeyInfo> &keys)
{
    const SigningKeyInfo *before = selectedKey();
    const QString selected = before ? before->kid : QString();
    m_keys = keys;
    m_table->setRowCount(0);
    for (const SigningKeyInfo &key : std::as_const(m_keys)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *kid = new QTableWidgetItem(shown(key.kid));
        kid->setData(Qt::UserRole, key.kid);
        const bool published = !key.publicJwk.isEmpty();
        auto *alg = new QTableWidgetItem(published ? key.algorithm : tr("%1 (not published)").arg(key.algorithm));
        if (!published)
            alg->setToolTip(tr("A shared secret: only this store verifies its tokens, and it is never in the JWKS."));
        auto *state = new QTableWidgetItem(stateName(key.state));
        if (key.state == SigningKeyInfo::State::Active) {
            QFont bold = state->font();
            bold.setBold(true);
            state->setFont(bold);
            kid->setFont(bold);
        }
        m_table->setItem(row, KidColumn, kid);
        m_table->setItem(row, AlgorithmColumn, alg);
        m_table->setItem(row, StateColumn, state);
        m_table->setItem(row, CreatedColumn, new QTableWidgetItem(timeText(key.createdAt)));
        m_table->setItem(row, RetiringSinceColumn, new QTableWidgetItem(timeText(key.retiringSince)));
        m_table->setItem(row, RetiredAtColumn, new QTableWidgetItem(timeText(key.retiredAt)));
    }
    m_emptyNote->setVisible(m_keys.isEmpty());
    if (selected.isEmpty() || !selectKey(selected)) {
        // The first retiring key is what one most likely wants to act on; else the active one.
        int pick = -1;
        for (int i = 0; i < m_keys.size() && pick < 0; ++i)
            if (m_keys.at(i).state == SigningKeyInfo::State::Retiring)
                pick = i;
        if (pick < 0 && !m_keys.isEmpty())
            pick = 0;
        if (pick >= 0)
            m_table->selectRow(pick);
    }
    updateButtons();
}

bool SigningKeysDialog::selectKey(const QString &kid)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, KidColumn)->data(Qt::UserRole).toString() == kid) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

const SigningKeyInfo *SigningKeysDialog::selectedKey() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int row = items.first()->row();
    return row >= 0 && row < m_keys.size() ? &m_keys.at(row) : nullptr;
}

void SigningKeysDialog::updateButtons()
{
    const bool idle = !m_busy && m_directory;
    const QString missing = m_permissions.contains(P::SettingsManage)
        ? QString()
        : tr("Needs the %1 permission, which your roles do not grant.").arg(P::SettingsManage);
    m_rotate->setEnabled(idle && missing.isEmpty());
    m_rotate->setToolTip(missing.isEmpty() ? tr("Make a new active key; the current one retires gracefully") : missing);

    const SigningKeyInfo *key = selectedKey();
    QString why;
    if (!missing.isEmpty())
        why = missing;
    else if (!key)
        why = tr("Select a retiring key to retire it.");
    else if (key->state == SigningKeyInfo::State::Active)
        why = tr("%1 is the active key: rotate first, then retire it.").arg(shown(key->kid));
    else if (key->state == SigningKeyInfo::State::Retired)
        why = tr("%1 is retired already.").arg(shown(key->kid));
    m_retire->setEnabled(idle && why.isEmpty());
    m_retire->setToolTip(
        why.isEmpty() ? tr("Stop %1 verifying now, before the tokens it signed expire").arg(shown(key->kid)) : why);
    m_export->setEnabled(idle);
    m_copy->setEnabled(idle);
}

std::optional<jwt::Algorithm> SigningKeysDialog::chooseAlgorithm()
{
    if (m_chooser)
        return m_chooser();
    QDialog chooser(this);
    chooser.setObjectName(QStringLiteral("rotateKeyDialog"));
    chooser.setWindowTitle(tr("Rotate Signing Key"));
    auto *intro = wrappedLabel(QStringLiteral("rotateIntro"), &chooser);
    intro->setText(tr("The new key signs every access token from now on. The current key retires: it keeps verifying "
                      "the tokens it signed until they expire."));
    const struct {
        jwt::Algorithm algorithm;
        const char *name;
        QString text;
        QString sentence;
    } choices[] = {
        {jwt::Algorithm::EdDSA, "algorithmEdDSA", tr("&EdDSA (Ed25519) — recommended"),
         tr("Small, fast signatures with no weak parameters to get wrong. Verifiers need a JOSE library that knows "
            "Ed25519 (RFC 8037); most current ones do.")},
        {jwt::Algorithm::ES256, "algorithmES256", tr("E&S256 (ECDSA on P-256)"),
         tr("The public-key algorithm nearly every JWT library verifies. Choose it when an application cannot "
            "verify EdDSA.")},
        {jwt::Algorithm::HS256, "algorithmHS256", tr("&HS256 (shared secret)"),
         tr("An HMAC secret that never leaves the store: HS256 keys are never published in the JWKS, so only this "
            "store can verify the tokens, and applications that verify with the JWKS cannot.")},
    };
    auto *group = new QButtonGroup(&chooser);
    auto *layout = new QVBoxLayout(&chooser);
    layout->addWidget(intro);
    for (const auto &choice : choices) {
        auto *button = new QRadioButton(choice.text, &chooser);
        button->setObjectName(QString::fromLatin1(choice.name));
        button->setAccessibleDescription(choice.sentence);
        group->addButton(button, static_cast<int>(choice.algorithm));
        auto *sentence = wrappedLabel(QString::fromLatin1(choice.name) + QStringLiteral("Text"), &chooser);
        sentence->setText(choice.sentence);
        sentence->setContentsMargins(fontMetrics().averageCharWidth() * 4, 0, 0, 0);
        layout->addWidget(button);
        layout->addWidget(sentence);
        if (choice.algorithm == jwt::Algorithm::EdDSA)
            button->setChecked(true);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &chooser);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Rotate"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("rotateOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, &chooser, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &chooser, &QDialog::reject);
    layout->addWidget(buttons);
    chooser.setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    if (chooser.exec() != QDialog::Accepted)
        return std::nullopt;
    return static_cast<jwt::Algorithm>(group->checkedId());
}

void SigningKeysDialog::rotate()
{
    if (!m_rotate->isEnabled() || !m_directory)
        return;
    const std::optional<jwt::Algorithm> algorithm = chooseAlgorithm();
    if (!algorithm || !m_directory)
        return;
    QString previous;
    for (const SigningKeyInfo &key : std::as_const(m_keys))
        if (key.state == SigningKeyInfo::State::Active)
            previous = key.kid;
    setBusy(true);
    m_notice->clear();
    m_status->showBusy(tr("Making a new %1 key…").arg(jwt::algorithmName(*algorithm)));
    whenAnswered(this, m_directory->rotateSigningKey(m_actor, *algorithm),
                 [this, previous](const Result<SigningKeyInfo> &result) {
                     setBusy(false);
                     if (!result.ok()) {
                         fail(result.message());
                         return;
                     }
                     m_status->clear();
                     m_notice->setText(
                         previous.isEmpty()
                             ? tr("%1 (%2) now signs new tokens.").arg(shown(result->kid), result->algorithm)
                             : tr("%1 (%2) now signs new tokens; %3 is retiring and verifies until its last token "
                                  "expires.")
                                   .arg(shown(result->kid), result->algorithm, shown(previous)));
                     reload();
                 });
}

void SigningKeysDialog::retire()
{
    const SigningKeyInfo *key = selectedKey();
    if (!m_retire->isEnabled() || !key || !m_directory)
        return;
    const QString kid = key->kid;
    const QString question = tr("Retire %1 now? Tokens it signed stop verifying at once, even before they expire; "
                                "their holders must sign in again.")
                                 .arg(shown(kid));
    const bool go = m_confirmHook ? m_confirmHook(question)
                                  : QMessageBox::question(this, tr("Retire Signing Key"), question,
                                                          QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    if (!go || !m_directory)
        return;
    setBusy(true);
    m_notice->clear();
    m_status->showBusy(tr("Retiring %1…").arg(shown(kid)));
    whenAnswered(this, m_directory->retireSigningKey(m_actor, kid), [this, kid](const Status &result) {
        setBusy(false);
        if (!result.ok()) {
            fail(result.message());
            return;
        }
        m_status->clear();
        m_notice->setText(tr("%1 is retired: it verifies nothing any more.").arg(shown(kid)));
        reload();
    });
}

void SigningKeysDialog::exportJwks()
{
    if (!m_export->isEnabled() || !m_directory)
        return;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(QStringLiteral("jwks.json"));
    const QString path = m_pathProvider
        ? m_pathProvider(suggested)
        : QFileDialog::getSaveFileName(this, tr("Export JWKS"), suggested, tr("JSON files (*.json)"));
    if (path.isEmpty() || !m_directory)
        return;
    setBusy(true);
    m_notice->clear();
    m_status->showBusy(tr("Reading the public keys…"));
    whenAnswered(this, m_directory->jwks(), [this, path](const Result<QByteArray> &result) {
        setBusy(false);
        if (!result.ok()) {
            fail(result.message());
            return;
        }
        // A few kilobytes of public keys to a file the administrator chose.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(result.value()) != result.value().size() || !file.commit()) {
            fail(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
            return;
        }
        m_status->clear();
        m_notice->setText(
            tr("Saved the JWKS (%n public key(s)) to %1.", nullptr, static_cast<int>(keyCount(result.value())))
                .arg(QDir::toNativeSeparators(path)));
        Q_EMIT finished(true);
    });
}

void SigningKeysDialog::copyJwks()
{
    if (!m_copy->isEnabled() || !m_directory)
        return;
    setBusy(true);
    m_notice->clear();
    m_status->showBusy(tr("Reading the public keys…"));
    whenAnswered(this, m_directory->jwks(), [this](const Result<QByteArray> &result) {
        setBusy(false);
        if (!result.ok()) {
            fail(result.message());
            return;
        }
        m_status->clear();
        QApplication::clipboard()->setText(QString::fromUtf8(result.value()));
        m_notice->setText(
            tr("Copied the JWKS (%n public key(s)).", nullptr, static_cast<int>(keyCount(result.value()))));
        Q_EMIT finished(true);
    });
}

} // namespace authdesk
