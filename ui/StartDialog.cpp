#include "ui/StartDialog.h"

#include "ui/DialogHeader.h"
#include "ui/InlineStatus.h"
#include "ui/RecentStores.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace authdesk {

namespace {
const QString storeFilter = QStringLiteral("*.authdesk");

QString absolute(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path.trimmed()).absoluteFilePath());
}
} // namespace

StartDialog::StartDialog(const QString &suggestedNewPath, QWidget *parent)
    : QDialog(parent),
      m_recentList(new QListWidget(this)),
      m_newPathEdit(new QLineEdit(QDir::toNativeSeparators(suggestedNewPath), this)),
      m_status(new InlineStatus(this))
{
    setObjectName(QStringLiteral("startDialog"));
    setWindowTitle(tr("AuthDesk — Choose a Store"));

    auto *header = new DialogHeader(
        tr("Choose the store to work on"),
        tr("A store holds a directory's users, roles, permissions and audit log in one file. Open one you have "
           "worked on, or create a new one and become its owner."),
        this);

    // Recent stores: the usual way back in.
    auto *recentBox = new QGroupBox(tr("Recent stores"), this);
    m_recentList->setObjectName(QStringLiteral("recentStoresList"));
    m_recentList->setAccessibleName(tr("Recent stores"));
    m_recentList->setUniformItemSizes(true);
    m_openRecentButton = new QPushButton(tr("&Open"), recentBox);
    m_openRecentButton->setObjectName(QStringLiteral("openRecentButton"));
    auto *forgetButton = new QPushButton(tr("&Remove from List"), recentBox);
    forgetButton->setObjectName(QStringLiteral("forgetRecentButton"));
    forgetButton->setToolTip(tr("Removes the store from this list; the file itself stays where it is"));
    auto *browseButton = new QPushButton(tr("Open &Another Store…"), recentBox);
    browseButton->setObjectName(QStringLiteral("browseStoreButton"));
    auto *recentButtons = new QHBoxLayout;
    recentButtons->addWidget(m_openRecentButton);
    recentButtons->addWidget(forgetButton);
    recentButtons->addStretch();
    recentButtons->addWidget(browseButton);
    auto *noRecent = new QLabel(tr("No store has been opened on this computer yet. Create one below, or open a "
                                   "store file someone gave you."),
                                recentBox);
    noRecent->setObjectName(QStringLiteral("noRecentStoresLabel"));
    noRecent->setWordWrap(true);
    auto *recentLayout = new QVBoxLayout(recentBox);
    recentLayout->addWidget(noRecent);
    recentLayout->addWidget(m_recentList);
    recentLayout->addLayout(recentButtons);

    // A new store.
    auto *newBox = new QGroupBox(tr("New store"), this);
    auto *newLabel = new QLabel(tr("&Location:"), newBox);
    newLabel->setBuddy(m_newPathEdit);
    m_newPathEdit->setObjectName(QStringLiteral("newStorePathEdit"));
    m_newPathEdit->setAccessibleName(tr("Location of the new store"));
    auto *newBrowseButton = new QPushButton(tr("&Browse…"), newBox);
    newBrowseButton->setObjectName(QStringLiteral("browseNewLocationButton"));
    m_createButton = new QPushButton(tr("&Create Store…"), newBox);
    m_createButton->setObjectName(QStringLiteral("createStoreButton"));
    auto *newRow = new QHBoxLayout;
    newRow->addWidget(newLabel);
    newRow->addWidget(m_newPathEdit, 1);
    newRow->addWidget(newBrowseButton);
    auto *newHint = new QLabel(tr("The store is one file; keep it where your backups reach. Its secrets are sealed "
                                  "with a key only its administrators' passwords open."),
                               newBox);
    newHint->setWordWrap(true);
    auto *newLayout = new QVBoxLayout(newBox);
    newLayout->addLayout(newRow);
    newLayout->addWidget(newHint);
    auto *createRow = new QHBoxLayout;
    createRow->addStretch();
    createRow->addWidget(m_createButton);
    newLayout->addLayout(createRow);

    m_status->setObjectName(QStringLiteral("inlineStatus"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(recentBox, 1);
    layout->addWidget(newBox);
    m_noRecentLabel = noRecent;
    m_forgetButton = forgetButton;
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 96);

    connect(m_recentList, &QListWidget::itemActivated, this, &StartDialog::openSelectedRecent);
    connect(m_recentList, &QListWidget::currentRowChanged, this, &StartDialog::updateButtons);
    connect(m_openRecentButton, &QPushButton::clicked, this, &StartDialog::openSelectedRecent);
    connect(forgetButton, &QPushButton::clicked, this, [this, forgetButton] {
        if (QListWidgetItem *item = m_recentList->currentItem()) {
            RecentStores::forget(item->data(Qt::UserRole).toString());
            fillRecent();
        }
        forgetButton->setEnabled(m_recentList->count() > 0);
    });
    connect(browseButton, &QPushButton::clicked, this, &StartDialog::browseForStore);
    connect(newBrowseButton, &QPushButton::clicked, this, &StartDialog::browseForNewLocation);
    connect(m_createButton, &QPushButton::clicked, this, [this] { createAt(m_newPathEdit->text()); });
    connect(m_newPathEdit, &QLineEdit::textChanged, this, &StartDialog::updateButtons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    fillRecent();
    forgetButton->setEnabled(m_recentList->count() > 0);
    setTabOrder(m_recentList, m_openRecentButton);
    setTabOrder(m_openRecentButton, forgetButton);
    setTabOrder(forgetButton, browseButton);
    setTabOrder(browseButton, m_newPathEdit);
    setTabOrder(m_newPathEdit, newBrowseButton);
    setTabOrder(newBrowseButton, m_createButton);
    if (m_recentList->count() > 0) {
        m_openRecentButton->setDefault(true);
        m_recentList->setFocus();
    } else {
        m_createButton->setDefault(true);
        m_newPathEdit->setFocus();
    }
    updateButtons();
}

QString StartDialog::errorText() const
{
    return m_status->errorText();
}

void StartDialog::fillRecent()
{
    m_recentList->clear();
    for (const QString &path : RecentStores::list()) {
        const QFileInfo info(path);
        const bool missing = !info.exists();
        auto *item = new QListWidgetItem(m_recentList);
        item->setData(Qt::UserRole, path);
        item->setText(missing ? tr("%1 — %2 (missing)").arg(info.fileName(), QDir::toNativeSeparators(info.path()))
                              : tr("%1 — %2").arg(info.fileName(), QDir::toNativeSeparators(info.path())));
        item->setToolTip(QDir::toNativeSeparators(path));
        if (missing)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    if (m_recentList->count() > 0)
        m_recentList->setCurrentRow(0);
    updateButtons();
}

void StartDialog::updateButtons()
{
    m_openRecentButton->setEnabled(m_recentList->currentItem() != nullptr);
    // With nothing to list, the list and its buttons would only be an empty box.
    const bool any = m_recentList->count() > 0;
    if (m_noRecentLabel) {
        m_noRecentLabel->setVisible(!any);
        m_recentList->setVisible(any);
        m_openRecentButton->setVisible(any);
        m_forgetButton->setVisible(any);
    }
    m_createButton->setEnabled(!m_newPathEdit->text().trimmed().isEmpty());
}

void StartDialog::openSelectedRecent()
{
    if (QListWidgetItem *item = m_recentList->currentItem())
        openPath(item->data(Qt::UserRole).toString());
}

void StartDialog::openPath(const QString &path)
{
    const QString file = absolute(path);
    const QFileInfo info(file);
    if (!info.isFile()) {
        m_status->showError(tr("There is no store at %1. It may have been moved or deleted; create a new store or "
                               "open it where it is now.")
                                .arg(QDir::toNativeSeparators(file)));
        return;
    }
    m_choice = Choice::OpenStore;
    m_path = file;
    accept();
}

void StartDialog::createAt(const QString &path)
{
    if (path.trimmed().isEmpty()) {
        m_status->showError(tr("Choose where the new store goes."));
        return;
    }
    const QString file = absolute(path);
    const QFileInfo info(file);
    if (info.exists()) {
        m_status->showError(tr("%1 already exists. Open it from \"Open Another Store…\", or choose a new file name.")
                                .arg(QDir::toNativeSeparators(file)));
        return;
    }
    if (const QFileInfo folder(info.path()); folder.exists() && (!folder.isDir() || !folder.isWritable())) {
        m_status->showError(tr("AuthDesk cannot write in %1.").arg(QDir::toNativeSeparators(info.path())));
        return;
    }
    m_choice = Choice::CreateStore;
    m_path = file;
    accept();
}

void StartDialog::browseForStore()
{
    const QString start = m_recentList->currentItem() ? QFileInfo(m_recentList->currentItem()->data(Qt::UserRole).toString()).path()
                                                      : QDir::homePath();
    const QString file = QFileDialog::getOpenFileName(this, tr("Open a Store"), start,
                                                      tr("AuthDesk stores (%1);;All files (*)").arg(storeFilter));
    if (!file.isEmpty())
        openPath(file);
}

void StartDialog::browseForNewLocation()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("New Store"), m_newPathEdit->text(),
                                                      tr("AuthDesk stores (%1)").arg(storeFilter), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (file.isEmpty())
        return;
    m_newPathEdit->setText(QDir::toNativeSeparators(file.endsWith(QLatin1String(".authdesk")) ? file
                                                                                             : file + QStringLiteral(".authdesk")));
    m_status->clear();
}

} // namespace authdesk
