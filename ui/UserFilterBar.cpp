#include "ui/UserFilterBar.h"

#include "core/Directory.h"
#include "models/SavedQueries.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>

namespace authdesk {

namespace {

// The fixed entries of the two range boxes; a custom range is added after them.
enum CreatedPreset { CreatedAny, CreatedLast7, CreatedLast30, CreatedOverYear, CreatedCustom, CreatedShown };
enum SignInPreset { SignInAny, SignInLast7, SignInLast30, SignInNot90, SignInCustom, SignInShown };

QString rangeText(const QDateTime &from, const QDateTime &to)
{
    const QLocale locale;
    const auto day = [&](const QDateTime &t) { return locale.toString(t.toLocalTime().date(), QLocale::ShortFormat); };
    if (from.isValid() && to.isValid())
        return UserFilterBar::tr("%1 – %2").arg(day(from), day(to.addMSecs(-1)));
    if (from.isValid())
        return UserFilterBar::tr("Since %1").arg(day(from));
    return UserFilterBar::tr("Before %1").arg(day(to));
}

QComboBox *makeCombo(const QString &objectName, const QString &accessibleName, const QStringList &items, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->addItems(items);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

} // namespace

UserFilterBar::UserFilterBar(Directory *directory, const Principal &principal, const QString &storeKey, QWidget *parent)
    : QWidget(parent), m_directory(directory), m_principal(principal), m_saved(new SavedQueries(storeKey, nullptr, this))
{
    setObjectName(QStringLiteral("userFilterBar"));
    m_status = makeCombo(QStringLiteral("statusFilter"), tr("Status filter"),
                         {tr("Any status"), tr("Active"), tr("Disabled")}, this);
    m_role = makeCombo(QStringLiteral("roleFilter"), tr("Role filter"), {tr("Any role")}, this);
    m_mfa = makeCombo(QStringLiteral("mfaFilter"), tr("MFA filter"),
                      {tr("MFA: any"), tr("MFA enrolled"), tr("MFA not enrolled")}, this);
    m_locked = new QCheckBox(tr("&Locked"), this);
    m_locked->setObjectName(QStringLiteral("lockedFilter"));
    m_locked->setToolTip(tr("Users whose authenticator is locked after too many wrong codes"));
    m_neverSignedIn = new QCheckBox(tr("&Never signed in"), this);
    m_neverSignedIn->setObjectName(QStringLiteral("neverSignedInFilter"));
    m_created = makeCombo(QStringLiteral("createdFilter"), tr("Created"),
                          {tr("Created: any time"), tr("Created in the last 7 days"), tr("Created in the last 30 days"),
                           tr("Created over a year ago"), tr("Created: custom range…")},
                          this);
    m_signedIn = makeCombo(QStringLiteral("signedInFilter"), tr("Last sign-in"),
                           {tr("Signed in: any time"), tr("Signed in within 7 days"), tr("Signed in within 30 days"),
                            tr("Not signed in for 90 days"), tr("Signed in: custom range…")},
                           this);
    // The range boxes show their choice in a fixed width (the list opens wide enough to read), so
    // the bar fits a 1366-pixel screen beside the sidebar.
    for (QComboBox *combo : {m_created, m_signedIn}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(18);
    }
    m_signedIn->setToolTip(tr("Users who never signed in are not in these ranges; tick \"Never signed in\" for them"));

    m_savedMenu = new QMenu(this);
    m_savedButton = new QToolButton(this);
    m_savedButton->setObjectName(QStringLiteral("savedQueriesButton"));
    m_savedButton->setText(tr("&Saved Queries"));
    m_savedButton->setToolTip(tr("Apply a query saved for this store, or save the current search and filters"));
    m_savedButton->setPopupMode(QToolButton::InstantPopup);
    m_savedButton->setMenu(m_savedMenu);
    connect(m_savedMenu, &QMenu::aboutToShow, this, &UserFilterBar::fillSavedMenu);
    m_clearButton = new QToolButton(this);
    m_clearButton->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clearButton->setText(tr("Clear Filters"));
    m_clearButton->setAutoRaise(true);
    connect(m_clearButton, &QToolButton::clicked, this, [this] {
        setFilter({});
        Q_EMIT filterChanged(m_filter);
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    for (QWidget *w : std::initializer_list<QWidget *>{m_status, m_role, m_mfa, m_locked, m_neverSignedIn, m_created,
                                                       m_signedIn})
        layout->addWidget(w);
    layout->addStretch();
    layout->addWidget(m_clearButton);
    layout->addWidget(m_savedButton);

    for (QComboBox *combo : {m_status, m_role, m_mfa})
        connect(combo, &QComboBox::activated, this, &UserFilterBar::readControls);
    for (QCheckBox *box : {m_locked, m_neverSignedIn})
        connect(box, &QCheckBox::toggled, this, &UserFilterBar::readControls);
    connect(m_created, &QComboBox::activated, this, &UserFilterBar::chooseCreatedRange);
    connect(m_signedIn, &QComboBox::activated, this, &UserFilterBar::chooseSignInRange);

    loadRoles();
    updateClear();
}

void UserFilterBar::setCanReadRoles(bool canRead, const QString &whyNot)
{
    m_role->setEnabled(canRead);
    m_role->setToolTip(canRead ? tr("Only the holders of this role") : whyNot);
    if (canRead && m_role->count() <= 1)
        loadRoles();
}

void UserFilterBar::loadRoles()
{
    m_directory->listRoles(m_principal).then(this, [this](const Result<QList<Role>> &roles) {
        if (!roles.ok()) {
            m_role->setEnabled(false);
            m_role->setToolTip(roles.message());
            return;
        }
        const QString current = m_filter.role;
        while (m_role->count() > 1)
            m_role->removeItem(1);
        for (const Role &role : roles.value())
            m_role->addItem(role.name, role.name);
        if (!current.isEmpty())
            m_role->setCurrentIndex(std::max(0, m_role->findData(current, Qt::UserRole, Qt::MatchFixedString)));
    });
}

void UserFilterBar::readControls()
{
    if (m_updating)
        return;
    m_filter.status = static_cast<StatusFilter>(m_status->currentIndex());
    m_filter.role = m_role->currentIndex() > 0 ? m_role->currentData().toString() : QString();
    m_filter.mfa = static_cast<MfaFilter>(m_mfa->currentIndex());
    m_filter.lockedOnly = m_locked->isChecked();
    m_filter.neverSignedIn = m_neverSignedIn->isChecked();
    updateClear();
    Q_EMIT filterChanged(m_filter);
}

bool UserFilterBar::askCustomRange(const QString &title, QDateTime &from, QDateTime &to)
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("rangeDialog"));
    dialog.setWindowTitle(title);
    const QDate today = QDate::currentDate();
    auto *fromEdit = new QDateEdit(from.isValid() ? from.toLocalTime().date() : today.addMonths(-1), &dialog);
    fromEdit->setObjectName(QStringLiteral("fromDate"));
    fromEdit->setCalendarPopup(true);
    auto *toEdit = new QDateEdit(to.isValid() ? to.toLocalTime().date().addDays(-1) : today, &dialog);
    toEdit->setObjectName(QStringLiteral("toDate"));
    toEdit->setCalendarPopup(true);
    auto *note = new QLabel(tr("Both days are included, in this computer's time zone."), &dialog);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&From:"), fromEdit);
    form->addRow(tr("&To:"), toEdit);
    form->addRow(note);
    form->addRow(buttons);
    const auto check = [&] {
        const bool ordered = fromEdit->date() <= toEdit->date();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(ordered);
        note->setText(ordered ? tr("Both days are included, in this computer's time zone.")
                              : tr("The first day comes after the last one."));
    };
    connect(fromEdit, &QDateEdit::dateChanged, &dialog, check);
    connect(toEdit, &QDateEdit::dateChanged, &dialog, check);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    from = fromEdit->date().startOfDay().toUTC();
    to = toEdit->date().addDays(1).startOfDay().toUTC();
    return true;
}

void UserFilterBar::chooseCreatedRange(int preset)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime from, to;
    switch (preset) {
    case CreatedAny:
        break;
    case CreatedLast7:
        from = now.addDays(-7);
        break;
    case CreatedLast30:
        from = now.addDays(-30);
        break;
    case CreatedOverYear:
        to = now.addYears(-1);
        break;
    case CreatedCustom:
        from = m_filter.createdFrom;
        to = m_filter.createdTo;
        if (!askCustomRange(tr("Created Between"), from, to)) {
            setFilter(m_filter); // back to what was shown
            return;
        }
        break;
    default:
        return; // the custom range already shown
    }
    m_filter.createdFrom = from;
    m_filter.createdTo = to;
    setFilter(m_filter);
    Q_EMIT filterChanged(m_filter);
}

void UserFilterBar::chooseSignInRange(int preset)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime from, to;
    switch (preset) {
    case SignInAny:
        break;
    case SignInLast7:
        from = now.addDays(-7);
        break;
    case SignInLast30:
        from = now.addDays(-30);
        break;
    case SignInNot90:
        to = now.addDays(-90);
        break;
    case SignInCustom:
        from = m_filter.lastSignInFrom;
        to = m_filter.lastSignInTo;
        if (!askCustomRange(tr("Last Signed In Between"), from, to)) {
            setFilter(m_filter);
            return;
        }
        break;
    default:
        return;
    }
    m_filter.lastSignInFrom = from;
    m_filter.lastSignInTo = to;
    setFilter(m_filter);
    Q_EMIT filterChanged(m_filter);
}

void UserFilterBar::setFilter(const UserFilter &filter)
{
    m_updating = true;
    m_filter = filter;
    m_status->setCurrentIndex(static_cast<int>(filter.status));
    m_mfa->setCurrentIndex(static_cast<int>(filter.mfa));
    m_role->setCurrentIndex(filter.role.isEmpty()
                                ? 0
                                : std::max(0, m_role->findData(filter.role, Qt::UserRole, Qt::MatchFixedString)));
    if (!filter.role.isEmpty() && m_role->currentIndex() == 0) { // roles not listed (yet): show the name anyway
        m_role->addItem(filter.role, filter.role);
        m_role->setCurrentIndex(m_role->count() - 1);
    }
    m_locked->setChecked(filter.lockedOnly);
    m_neverSignedIn->setChecked(filter.neverSignedIn);
    // A range is shown as its dates, after the presets (a preset, once chosen, is a range too).
    const auto showRange = [](QComboBox *combo, int shownIndex, const QDateTime &from, const QDateTime &to) {
        while (combo->count() > shownIndex)
            combo->removeItem(shownIndex);
        if (!from.isValid() && !to.isValid()) {
            combo->setCurrentIndex(0);
            return;
        }
        combo->addItem(rangeText(from, to));
        combo->setCurrentIndex(shownIndex);
    };
    showRange(m_created, CreatedShown, filter.createdFrom, filter.createdTo);
    showRange(m_signedIn, SignInShown, filter.lastSignInFrom, filter.lastSignInTo);
    m_updating = false;
    updateClear();
}

void UserFilterBar::updateClear()
{
    m_clearButton->setEnabled(!m_filter.isEmpty());
}

Status UserFilterBar::saveCurrent(const QString &name, bool replace)
{
    return m_saved->save(name, FilteredSearch{m_search, m_filter}, replace);
}

void UserFilterBar::applySaved(const QString &name)
{
    const std::optional<FilteredSearch> query = m_saved->find(name);
    if (!query)
        return;
    setFilter(query->filter);
    Q_EMIT savedQueryChosen(*query);
}

void UserFilterBar::fillSavedMenu()
{
    m_savedMenu->clear();
    const QStringList names = m_saved->names();
    for (const QString &name : names)
        connect(m_savedMenu->addAction(name), &QAction::triggered, this, [this, name] { applySaved(name); });
    if (names.isEmpty())
        m_savedMenu->addAction(tr("No saved queries for this store"))->setEnabled(false);
    m_savedMenu->addSeparator();
    QAction *save = m_savedMenu->addAction(tr("Save Current Query…"));
    save->setEnabled(!m_filter.isEmpty() || !m_search.isEmpty());
    connect(save, &QAction::triggered, this, &UserFilterBar::askSaveName);
    if (!names.isEmpty()) {
        QMenu *remove = m_savedMenu->addMenu(tr("Delete"));
        for (const QString &name : names)
            connect(remove->addAction(name), &QAction::triggered, this, [this, name] {
                if (const Status s = m_saved->remove(name); !s.ok())
                    QMessageBox::warning(this, tr("Saved Queries"), s.message());
            });
    }
}

void UserFilterBar::askSaveName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Query"), tr("Name of the query:"), QLineEdit::Normal,
                                               QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    Status saved = saveCurrent(name, false);
    if (!saved.ok() && m_saved->find(name)) {
        if (QMessageBox::question(this, tr("Save Query"), tr("A query named \"%1\" exists. Replace it?").arg(name))
            != QMessageBox::Yes)
            return;
        saved = saveCurrent(name, true);
    }
    if (!saved.ok())
        QMessageBox::warning(this, tr("Save Query"), saved.message());
}

} // namespace authdesk
