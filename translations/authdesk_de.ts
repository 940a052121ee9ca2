<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountFields</name>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>This store&apos;s audit key is not on this computer, so no change can be recorded.</source>
        <translation>Der Audit-Schlüssel dieses Speichers ist nicht auf diesem Computer, daher kann keine Änderung protokolliert werden.</translation>
    </message>
    <message>
        <source>This store&apos;s audit key is not on this computer, so the audit chain cannot be verified.</source>
        <translation>Der Audit-Schlüssel dieses Speichers ist nicht auf diesem Computer, daher kann die Audit-Kette nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Event %1 follows event %2: the events between them are missing.</source>
        <translation>Ereignis %1 folgt auf Ereignis %2: Die Ereignisse dazwischen fehlen.</translation>
    </message>
    <message>
        <source>Event %1 does not follow the event before it: an earlier event was removed, replaced or reordered.</source>
        <translation>Ereignis %1 schließt nicht an das vorherige Ereignis an: Ein früheres Ereignis wurde entfernt, ersetzt oder umsortiert.</translation>
    </message>
    <message>
        <source>Event %1 was altered after it was written: its contents do not match its hash.</source>
        <translation>Ereignis %1 wurde nach dem Schreiben verändert: Sein Inhalt passt nicht zu seinem Hash.</translation>
    </message>
    <message>
        <source>Event %1 is not the event this computer recorded under that number: the log was rewritten from there on.</source>
        <translation>Ereignis %1 ist nicht das Ereignis, das dieser Computer unter dieser Nummer aufgezeichnet hat: Das Protokoll wurde ab dort neu geschrieben.</translation>
    </message>
    <message>
        <source>Events %1 to %2 are missing: this computer recorded them, the store no longer holds them (removed, or the store was restored from an older copy).</source>
        <translation>Die Ereignisse %1 bis %2 fehlen: Dieser Computer hat sie aufgezeichnet, der Speicher enthält sie nicht mehr (entfernt, oder der Speicher wurde aus einer älteren Kopie wiederhergestellt).</translation>
    </message>
</context>
<context>
    <name>AuthDeskMain</name>
    <message>
        <source>AuthDesk: manage the users, roles, permissions, sessions and MFA of a user directory.</source>
        <translation>AuthDesk: Benutzer, Rollen, Berechtigungen, Sitzungen und MFA eines Benutzerverzeichnisses verwalten.</translation>
    </message>
    <message>
        <source>The local store to open, or to create on the first run (default: %1).</source>
        <translation>Der lokale Speicher, der geöffnet oder beim ersten Start angelegt wird (Standard: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>AuthDesk</source>
        <translation>AuthDesk</translation>
    </message>
    <message>
        <source>AuthDesk cannot open the store.</source>
        <translation>AuthDesk kann den Speicher nicht öffnen.</translation>
    </message>
    <message>
        <source>Colours: %1 (default: as last chosen in View ▸ Appearance).</source>
        <translation>Farben: %1 (Standard: wie zuletzt unter Ansicht ▸ Darstellung gewählt).</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>authdesk: unknown appearance &quot;%1&quot;; use one of: %2</source>
        <translation>authdesk: unbekannte Darstellung „%1“; verwenden Sie eine von: %2</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>No service key file: set AUTHDESK_KEY_FILE to the file `authdesk-cli keys service-slot --out FILE` wrote.</source>
        <translation>Keine Dienstschlüsseldatei: Setzen Sie AUTHDESK_KEY_FILE auf die Datei, die `authdesk-cli keys service-slot --out FILE` geschrieben hat.</translation>
    </message>
    <message>
        <source>The service key file %1 does not exist.</source>
        <translation>Die Dienstschlüsseldatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The service key file %1 can be read by other users: make it private (chmod 600) first.</source>
        <translation>Die Dienstschlüsseldatei %1 ist für andere Benutzer lesbar: Beschränken Sie sie zuerst auf ihren Eigentümer (chmod 600).</translation>
    </message>
    <message>
        <source>%1 is too large to be a service key file.</source>
        <translation>%1 ist zu groß für eine Dienstschlüsseldatei.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Base32</name>
    <message>
        <source>Character %1 of the base32 text is not a base32 character (A–Z, 2–7).</source>
        <translation>Zeichen %1 des Base32-Textes ist kein Base32-Zeichen (A–Z, 2–7).</translation>
    </message>
    <message>
        <source>The base32 text has padding (=) before its end (at character %1).</source>
        <translation>Der Base32-Text hat Auffüllzeichen (=) vor seinem Ende (bei Zeichen %1).</translation>
    </message>
    <message>
        <source>The base32 text has %1 characters; no byte string encodes to that many (a character is missing or extra).</source>
        <translation>Der Base32-Text hat %1 Zeichen; keine Bytefolge ergibt so viele (ein Zeichen fehlt oder ist zu viel).</translation>
    </message>
    <message>
        <source>The base32 text ends in %1 padding characters (=); it needs %2 or none.</source>
        <translation>Der Base32-Text endet mit %1 Auffüllzeichen (=); nötig sind %2 oder keine.</translation>
    </message>
    <message>
        <source>The last base32 character has bits set after the last whole byte; the text is mistyped or cut off.</source>
        <translation>Das letzte Base32-Zeichen hat gesetzte Bits nach dem letzten ganzen Byte; der Text ist vertippt oder abgeschnitten.</translation>
    </message>
</context>
<context>
    <name>BulkPlan</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Disabled until %1</source>
        <translation>Deaktiviert bis %1</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source> (reason: %1)</source>
        <translation> (Begründung: %1)</translation>
    </message>
    <message>
        <source>No roles</source>
        <translation>Keine Rollen</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Rollen: %1</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>Rolle hinzufügen</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>Rolle entfernen</translation>
    </message>
    <message>
        <source>Require password change</source>
        <translation>Passwortänderung verlangen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Disabling needs a reason: say why these accounts are disabled.</source>
        <translation>Zum Deaktivieren ist eine Begründung nötig: Geben Sie an, warum diese Konten deaktiviert werden.</translation>
    </message>
    <message>
        <source>The end of the disablement must lie in the future.</source>
        <translation>Das Ende der Deaktivierung muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Choose the role to add or remove.</source>
        <translation>Wählen Sie die Rolle, die hinzugefügt oder entfernt werden soll.</translation>
    </message>
    <message>
        <source>%1 holds console permissions you do not have (%2); only an administrator who holds them can change this account.</source>
        <translation>%1 hat Konsolenberechtigungen, die Sie nicht haben (%2); nur ein Administrator, der sie hat, kann dieses Konto ändern.</translation>
    </message>
    <message>
        <source>%1 is the last active owner of this store. Make another user an owner first.</source>
        <translation>%1 ist der letzte aktive Eigentümer dieses Speichers. Machen Sie zuerst einen anderen Benutzer zum Eigentümer.</translation>
    </message>
    <message>
        <source>Must change password at next sign-in</source>
        <translation>Muss das Passwort bei der nächsten Anmeldung ändern</translation>
    </message>
    <message>
        <source>Password change not required</source>
        <translation>Keine Passwortänderung verlangt</translation>
    </message>
    <message>
        <source>This is your own account; another administrator must do this.</source>
        <translation>Dies ist Ihr eigenes Konto; das muss ein anderer Administrator tun.</translation>
    </message>
    <message>
        <source>“%1” needs the console permission %2, which you do not have.</source>
        <translation>„%1“ erfordert die Konsolenberechtigung %2, die Sie nicht haben.</translation>
    </message>
    <message>
        <source>There is no role “%1”.</source>
        <translation>Es gibt keine Rolle „%1“.</translation>
    </message>
    <message>
        <source>Already disabled.</source>
        <translation>Bereits deaktiviert.</translation>
    </message>
    <message>
        <source>Already active.</source>
        <translation>Bereits aktiv.</translation>
    </message>
    <message>
        <source>Already has the role %1.</source>
        <translation>Hat die Rolle %1 bereits.</translation>
    </message>
    <message>
        <source>The role %1 holds %2, which you do not have; you cannot give it.</source>
        <translation>Die Rolle %1 enthält %2, was Sie nicht haben; Sie können sie nicht vergeben.</translation>
    </message>
    <message>
        <source>Does not have the role %1.</source>
        <translation>Hat die Rolle %1 nicht.</translation>
    </message>
    <message>
        <source>Already has to change the password at the next sign-in.</source>
        <translation>Muss das Passwort bereits bei der nächsten Anmeldung ändern.</translation>
    </message>
    <message>
        <source>Deleted, with its roles and credentials</source>
        <translation>Gelöscht, samt Rollen und Anmeldedaten</translation>
    </message>
</context>
<context>
    <name>BulkRunner</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 skipped, %4 refused, %5 failed, %6 conflicts, %7 not run.</source>
        <translation>%1: %2 erledigt, %3 übersprungen, %4 abgelehnt, %5 fehlgeschlagen, %6 Konflikte, %7 nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Canceled: what was done stays done.</source>
        <translation>Abgebrochen: Was bereits erledigt ist, bleibt erledigt.</translation>
    </message>
    <message>
        <source>The directory is gone.</source>
        <translation>Das Verzeichnis ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>Canceled before its turn; not changed.</source>
        <translation>Abgebrochen, bevor der Benutzer an der Reihe war; nicht geändert.</translation>
    </message>
    <message>
        <source>Deleted since the preview; nothing was changed.</source>
        <translation>Seit der Vorschau gelöscht; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since the preview (version %2, now %3); not changed. Preview again to include it.</source>
        <translation>%1 wurde seit der Vorschau von jemand anderem geändert (Version %2, jetzt %3); nicht geändert. Erstellen Sie die Vorschau erneut, um den Benutzer einzubeziehen.</translation>
    </message>
</context>
<context>
    <name>BulkStatement</name>
    <message>
        <source>Bulk statements need a SQLite connection.</source>
        <translation>Massenanweisungen brauchen eine SQLite-Verbindung.</translation>
    </message>
    <message>
        <source>Store error: %1</source>
        <translation>Speicherfehler: %1</translation>
    </message>
</context>
<context>
    <name>ChainKeyFile</name>
    <message>
        <source>The audit key file %1 can be read by other users; restrict it to its owner (chmod 600).</source>
        <translation>Die Audit-Schlüsseldatei %1 ist für andere Benutzer lesbar; beschränken Sie sie auf ihren Eigentümer (chmod 600).</translation>
    </message>
    <message>
        <source>Cannot read the audit key file %1: %2</source>
        <translation>Die Audit-Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The audit key file %1 is damaged.</source>
        <translation>Die Audit-Schlüsseldatei %1 ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>disabled until %1</source>
        <translation>deaktiviert bis %1</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Run “authdesk-cli --help” for the commands.</source>
        <translation>„authdesk-cli --help“ zeigt die Befehle.</translation>
    </message>
    <message>
        <source>authdesk-cli: %1</source>
        <translation>authdesk-cli: %1</translation>
    </message>
    <message>
        <source>The store file (default: %1).</source>
        <translation>Die Speicherdatei (Standard: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>The acting administrator (username or email). The password comes from AUTHDESK_PASSWORD or a prompt.</source>
        <translation>Der handelnde Administrator (Benutzername oder E-Mail). Das Passwort kommt aus AUTHDESK_PASSWORD oder wird abgefragt.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Usage: authdesk-cli %1</source>
        <translation>Aufruf: authdesk-cli %1</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Say who is acting: --as NAME (an administrator of the store).</source>
        <translation>Geben Sie an, wer handelt: --as NAME (ein Administrator des Speichers).</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>No password: set AUTHDESK_PASSWORD or run in a terminal.</source>
        <translation>Kein Passwort: Setzen Sie AUTHDESK_PASSWORD oder starten Sie das Programm in einem Terminal.</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Neues Passwort: </translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>Kein Passwort auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>Neues Passwort wiederholen: </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>“%1” needs a subcommand.</source>
        <translation>„%1“ braucht einen Unterbefehl.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Unknown command “%1 %2”.</source>
        <translation>Unbekannter Befehl „%1 %2“.</translation>
    </message>
    <message>
        <source>The owner&apos;s username.</source>
        <translation>Der Benutzername des Eigentümers.</translation>
    </message>
    <message>
        <source>The owner&apos;s email address.</source>
        <translation>Die E-Mail-Adresse des Eigentümers.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>The owner&apos;s display name.</source>
        <translation>Der Anzeigename des Eigentümers.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>init needs --owner and --email.</source>
        <translation>init braucht --owner und --email.</translation>
    </message>
    <message>
        <source>%1 already exists; init only creates new stores.</source>
        <translation>%1 existiert bereits; init legt nur neue Speicher an.</translation>
    </message>
    <message>
        <source>Created the store %1 with its owner %2.</source>
        <translation>Speicher %1 mit dem Eigentümer %2 angelegt.</translation>
    </message>
    <message>
        <source>The new user&apos;s username.</source>
        <translation>Der Benutzername des neuen Benutzers.</translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation>E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Display name.</source>
        <translation>Anzeigename.</translation>
    </message>
    <message>
        <source>A role to give (repeatable).</source>
        <translation>Eine zu vergebende Rolle (wiederholbar).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Read the new user&apos;s password from standard input; without it the user must set one.</source>
        <translation>Das Passwort des neuen Benutzers von der Standardeingabe lesen; ohne diese Option muss der Benutzer selbst eines festlegen.</translation>
    </message>
    <message>
        <source>Print the new user as JSON.</source>
        <translation>Den neuen Benutzer als JSON ausgeben.</translation>
    </message>
    <message>
        <source>user add needs --email.</source>
        <translation>user add braucht --email.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Only users whose username, email or display name contains TEXT.</source>
        <translation>Nur Benutzer, deren Benutzername, E-Mail oder Anzeigename TEXT enthält.</translation>
    </message>
    <message>
        <source>Sort by username, email, display_name, status, created_at, updated_at or last_sign_in_at.</source>
        <translation>Sortieren nach username, email, display_name, status, created_at, updated_at oder last_sign_in_at.</translation>
    </message>
    <message>
        <source>field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Sort descending.</source>
        <translation>Absteigend sortieren.</translation>
    </message>
    <message>
        <source>At most N users (default 100, at most 10000).</source>
        <translation>Höchstens N Benutzer (Standard 100, höchstens 10000).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Skip the first N users.</source>
        <translation>Die ersten N Benutzer überspringen.</translation>
    </message>
    <message>
        <source>Print JSON: {&quot;total&quot;: N, &quot;users&quot;: […]}.</source>
        <translation>JSON ausgeben: {&quot;total&quot;: N, &quot;users&quot;: […]}.</translation>
    </message>
    <message>
        <source>Unknown sort field “%1”.</source>
        <translation>Unbekanntes Sortierfeld „%1“.</translation>
    </message>
    <message>
        <source>--limit takes 0 to 10000 and --offset a number ≥ 0.</source>
        <translation>--limit nimmt 0 bis 10000 und --offset eine Zahl ≥ 0.</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>BENUTZERNAME</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>DISPLAY NAME</source>
        <translation>ANZEIGENAME</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>ROLLEN</translation>
    </message>
    <message numerus="yes">
        <source>No users shown; %n user(s) match.</source>
        <translation>
            <numerusform>Keine Benutzer angezeigt; %n Benutzer passt.</numerusform>
            <numerusform>Keine Benutzer angezeigt; %n Benutzer passen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Users %1–%2 of %3.</source>
        <translation>Benutzer %1–%2 von %3.</translation>
    </message>
    <message>
        <source>Username, email or #id.</source>
        <translation>Benutzername, E-Mail oder #ID.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Disabled because</source>
        <translation>Deaktiviert wegen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>none; must set one at next sign-in</source>
        <translation>keines; muss bei der nächsten Anmeldung festgelegt werden</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>New email address.</source>
        <translation>Neue E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>New display name.</source>
        <translation>Neuer Anzeigename.</translation>
    </message>
    <message>
        <source>Refuse if the user changed since version N.</source>
        <translation>Ablehnen, wenn sich der Benutzer seit Version N geändert hat.</translation>
    </message>
    <message>
        <source>Print the user as JSON.</source>
        <translation>Den Benutzer als JSON ausgeben.</translation>
    </message>
    <message>
        <source>user edit needs --email or --display-name.</source>
        <translation>user edit braucht --email oder --display-name.</translation>
    </message>
    <message>
        <source>--if-version takes a version number.</source>
        <translation>--if-version nimmt eine Versionsnummer.</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>%1 geändert.</translation>
    </message>
    <message>
        <source>Why (recorded and shown).</source>
        <translation>Begründung (wird protokolliert und angezeigt).</translation>
    </message>
    <message>
        <source>Disabled until this time (ISO 8601; without an offset, local time).</source>
        <translation>Deaktiviert bis zu diesem Zeitpunkt (ISO 8601; ohne Zeitzonenversatz in Ortszeit).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>user disable needs --reason.</source>
        <translation>user disable braucht --reason.</translation>
    </message>
    <message>
        <source>--until takes an ISO 8601 time such as 2027-01-31T18:00:00Z.</source>
        <translation>--until nimmt einen Zeitpunkt nach ISO 8601, etwa 2027-01-31T18:00:00Z.</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>%1 deaktiviert.</translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation>%1 aktiviert.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>The user must change it at the next sign-in.</source>
        <translation>Der Benutzer muss es bei der nächsten Anmeldung ändern.</translation>
    </message>
    <message>
        <source>Set the password of %1.</source>
        <translation>Passwort von %1 gesetzt.</translation>
    </message>
    <message>
        <source>CSV with a header: username,email,display_name,roles[,password_hash].</source>
        <translation>CSV mit Kopfzeile: username,email,display_name,roles[,password_hash].</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source><byte value="xd"/>%1 users read (%2%)</source>
        <translation><byte value="xd"/>%1 Benutzer gelesen (%2 %)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n user(s).</source>
        <translation>
            <numerusform>%n Benutzer importiert.</numerusform>
            <numerusform>%n Benutzer importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The role.</source>
        <translation>Die Rolle.</translation>
    </message>
    <message>
        <source>%1 now has the role %2.</source>
        <translation>%1 hat jetzt die Rolle %2.</translation>
    </message>
    <message>
        <source>%1 no longer has the role %2.</source>
        <translation>%1 hat die Rolle %2 nicht mehr.</translation>
    </message>
    <message>
        <source>console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>via role %1</source>
        <translation>über die Rolle %1</translation>
    </message>
    <message>
        <source>No effective permissions (no roles, or the account is disabled).</source>
        <translation>Keine wirksamen Berechtigungen (keine Rollen, oder das Konto ist deaktiviert).</translation>
    </message>
    <message>
        <source>PERMISSION</source>
        <translation>BERECHTIGUNG</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>MITGLIEDER</translation>
    </message>
    <message>
        <source>PERMISSIONS</source>
        <translation>BERECHTIGUNGEN</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>The new role&apos;s name.</source>
        <translation>Der Name der neuen Rolle.</translation>
    </message>
    <message>
        <source>What the role is for.</source>
        <translation>Wofür die Rolle gedacht ist.</translation>
    </message>
    <message>
        <source>Added the role %1.</source>
        <translation>Rolle %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>The permission.</source>
        <translation>Die Berechtigung.</translation>
    </message>
    <message>
        <source>The role %1 now grants %2.</source>
        <translation>Die Rolle %1 gewährt jetzt %2.</translation>
    </message>
    <message>
        <source>The role %1 no longer grants %2.</source>
        <translation>Die Rolle %1 gewährt %2 nicht mehr.</translation>
    </message>
    <message>
        <source>An application permission, e.g. reports.export.</source>
        <translation>Eine Anwendungsberechtigung, z. B. reports.export.</translation>
    </message>
    <message>
        <source>What it allows.</source>
        <translation>Was sie erlaubt.</translation>
    </message>
    <message>
        <source>Added the application permission %1.</source>
        <translation>Anwendungsberechtigung %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>The newest N events (default 50).</source>
        <translation>Die neuesten N Ereignisse (Standard 50).</translation>
    </message>
    <message>
        <source>--limit takes 1 to 100000.</source>
        <translation>--limit nimmt 1 bis 100000.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation>ZEIT (UTC)</translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation>AKTEUR</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>BEGRÜNDUNG</translation>
    </message>
    <message numerus="yes">
        <source>The audit chain is intact: %n event(s) checked.</source>
        <translation>
            <numerusform>Die Audit-Kette ist intakt: %n Ereignis geprüft.</numerusform>
            <numerusform>Die Audit-Kette ist intakt: %n Ereignisse geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit chain is BROKEN at event %1: %2</source>
        <translation>Die Audit-Kette ist bei Ereignis %1 UNTERBROCHEN: %2</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
    <message>
        <source>set (%1); must change at next sign-in</source>
        <translation>gesetzt (%1); muss bei der nächsten Anmeldung geändert werden</translation>
    </message>
    <message>
        <source>set (%1)</source>
        <translation>gesetzt (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) had a password hash of an unsalted or broken scheme; they must set a new password.</source>
        <translation>
            <numerusform>%n Benutzer hatte einen Passwort-Hash ohne Salt oder mit gebrochenem Verfahren; er muss ein neues Passwort festlegen.</numerusform>
            <numerusform>%n Benutzer hatten einen Passwort-Hash ohne Salt oder mit gebrochenem Verfahren; sie müssen ein neues Passwort festlegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print JSON: {&quot;uri&quot;: …}.</source>
        <translation>JSON ausgeben: {&quot;uri&quot;: …}.</translation>
    </message>
    <message>
        <source>A new authenticator for %1 is pending (issuer %2, account %3). Scan the URI, or its QR code (authdesk-cli mfa qr %1 --png FILE), then activate it with the code the app shows: authdesk-cli mfa activate %1 CODE. Until then an older authenticator keeps working.</source>
        <translation>Ein neuer Authentifikator für %1 wartet auf die Aktivierung (Aussteller %2, Konto %3). Scannen Sie die URI oder ihren QR-Code (authdesk-cli mfa qr %1 --png FILE) und aktivieren Sie ihn dann mit dem Code, den die App anzeigt: authdesk-cli mfa activate %1 CODE. Bis dahin funktioniert ein älterer Authentifikator weiter.</translation>
    </message>
    <message>
        <source>Write the pending authenticator&apos;s QR code to FILE (PNG).</source>
        <translation>Den QR-Code des ausstehenden Authentifikators in FILE schreiben (PNG).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>mfa qr needs --png FILE.</source>
        <translation>mfa qr braucht --png FILE.</translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>Der QR-Code konnte nicht erzeugt werden.</translation>
    </message>
    <message>
        <source>Wrote the QR code to %1. It holds the secret: delete the file once it is scanned.</source>
        <translation>QR-Code nach %1 geschrieben. Er enthält das Geheimnis: Löschen Sie die Datei, sobald er gescannt wurde.</translation>
    </message>
    <message>
        <source>Recovery codes for %1. They are shown only now; each works once. Keep them somewhere safe:</source>
        <translation>Wiederherstellungscodes für %1. Sie werden nur jetzt angezeigt; jeder Code funktioniert nur einmal. Bewahren Sie sie an einem sicheren Ort auf:</translation>
    </message>
    <message>
        <source>The code the authenticator app shows now.</source>
        <translation>Der Code, den die Authenticator-App gerade anzeigt.</translation>
    </message>
    <message>
        <source>Print JSON: {&quot;recovery_codes&quot;: […]}.</source>
        <translation>JSON ausgeben: {&quot;recovery_codes&quot;: […]}.</translation>
    </message>
    <message>
        <source>The authenticator of %1 is active.</source>
        <translation>Der Authentifikator von %1 ist aktiv.</translation>
    </message>
    <message>
        <source>A recovery code.</source>
        <translation>Ein Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>The code the authenticator shows.</source>
        <translation>Der Code, den der Authentifikator anzeigt.</translation>
    </message>
    <message>
        <source>The recovery code is valid; it is used up now.</source>
        <translation>Der Wiederherstellungscode ist gültig; er ist damit verbraucht.</translation>
    </message>
    <message>
        <source>The code is valid.</source>
        <translation>Der Code ist gültig.</translation>
    </message>
    <message>
        <source>The recovery code is wrong or was used before.</source>
        <translation>Der Wiederherstellungscode ist falsch oder wurde bereits verwendet.</translation>
    </message>
    <message>
        <source>The code is wrong, or was used before.</source>
        <translation>Der Code ist falsch oder wurde bereits verwendet.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlversuche</translation>
    </message>
    <message>
        <source>%1 in a row (last %2)</source>
        <translation>%1 in Folge (zuletzt %2)</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 übrig</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Pending enrollment</source>
        <translation>Ausstehende Registrierung</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>Make a new set; the old codes stop working.</source>
        <translation>Einen neuen Satz erzeugen; die alten Codes werden ungültig.</translation>
    </message>
    <message>
        <source>Recovery codes are shown only once, when they are made: use --regenerate for a new set.</source>
        <translation>Wiederherstellungscodes werden nur einmal angezeigt, wenn sie erzeugt werden: Verwenden Sie --regenerate für einen neuen Satz.</translation>
    </message>
    <message>
        <source>Password to check: </source>
        <translation>Zu prüfendes Passwort: </translation>
    </message>
    <message>
        <source>The password matches.</source>
        <translation>Das Passwort stimmt.</translation>
    </message>
    <message>
        <source>The password does not match.</source>
        <translation>Das Passwort stimmt nicht.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>SETTING</source>
        <translation>EINSTELLUNG</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>MEANING</source>
        <translation>BEDEUTUNG</translation>
    </message>
    <message>
        <source>The setting (see policy show).</source>
        <translation>Die Einstellung (siehe policy show).</translation>
    </message>
    <message>
        <source>Its new value.</source>
        <translation>Ihr neuer Wert.</translation>
    </message>
    <message>
        <source>Set %1.</source>
        <translation>%1 gesetzt.</translation>
    </message>
    <message>
        <source>This desktop&apos;s keychain now holds the store&apos;s key: AuthDesk opens the store here without deriving it from a password. “authdesk-cli lock” takes it out again.</source>
        <translation>Der Schlüsselbund dieses Desktops enthält jetzt den Schlüssel des Speichers: AuthDesk öffnet den Speicher hier, ohne den Schlüssel aus einem Passwort abzuleiten. „authdesk-cli lock“ entfernt ihn wieder.</translation>
    </message>
    <message>
        <source>The store&apos;s key is no longer in this desktop&apos;s keychain.</source>
        <translation>Der Schlüssel des Speichers ist nicht mehr im Schlüsselbund dieses Desktops.</translation>
    </message>
    <message>
        <source>Make a strong password that meets the store&apos;s policy and print it once.</source>
        <translation>Ein starkes Passwort erzeugen, das der Richtlinie des Speichers genügt, und es einmal ausgeben.</translation>
    </message>
    <message>
        <source>The new password of %1, shown only now:</source>
        <translation>Das neue Passwort von %1, nur jetzt angezeigt:</translation>
    </message>
    <message>
        <source>Only events by this actor: part of the name, or #id.</source>
        <translation>Nur Ereignisse dieses Akteurs: ein Teil des Namens oder #id.</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Only events whose target&apos;s name contains this.</source>
        <translation>Nur Ereignisse, deren Zielname dies enthält.</translation>
    </message>
    <message>
        <source>Only this action; ending in a dot (mfa.), every action it begins.</source>
        <translation>Nur diese Aktion; endet sie mit einem Punkt (mfa.), jede Aktion, die damit beginnt.</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Only events with this result: success, denied or failed.</source>
        <translation>Nur Ereignisse mit diesem Ergebnis: success, denied oder failed.</translation>
    </message>
    <message>
        <source>result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Only events at or after this time (ISO 8601; without an offset, local time).</source>
        <translation>Nur Ereignisse zu oder nach diesem Zeitpunkt (ISO 8601; ohne Zeitzonenversatz in Ortszeit).</translation>
    </message>
    <message>
        <source>Only events at or before this time (ISO 8601; without an offset, local time).</source>
        <translation>Nur Ereignisse zu oder vor diesem Zeitpunkt (ISO 8601; ohne Zeitzonenversatz in Ortszeit).</translation>
    </message>
    <message>
        <source>--actor #ID takes a number, such as #12.</source>
        <translation>--actor #ID erwartet eine Zahl, zum Beispiel #12.</translation>
    </message>
    <message>
        <source>--result takes success, denied or failed.</source>
        <translation>--result erwartet success, denied oder failed.</translation>
    </message>
    <message>
        <source>--since takes an ISO 8601 time such as 2027-01-31T18:00:00Z.</source>
        <translation>--since erwartet einen ISO-8601-Zeitpunkt wie 2027-01-31T18:00:00Z.</translation>
    </message>
    <message>
        <source>--since is later than --until, so no event could match.</source>
        <translation>--since liegt nach --until, daher kann kein Ereignis passen.</translation>
    </message>
    <message>
        <source>%1 (%2, %3 digits, %4 s)</source>
        <translation>%1 (%2, %3 Ziffern, %4 s)</translation>
    </message>
    <message>
        <source>The acting administrator&apos;s authenticator code, when their account has one (or set AUTHDESK_OTP).</source>
        <translation>Der Authentifikator-Code des handelnden Administrators, wenn dessen Konto einen Authentifikator hat (oder AUTHDESK_OTP setzen).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>One of the acting administrator&apos;s recovery codes, instead of --otp (used up by signing in).</source>
        <translation>Einer der Wiederherstellungscodes des handelnden Administrators, statt --otp (wird durch die Anmeldung verbraucht).</translation>
    </message>
    <message>
        <source>Give either --otp or --recovery-code, not both.</source>
        <translation>Geben Sie entweder --otp oder --recovery-code an, nicht beides.</translation>
    </message>
    <message>
        <source>this account needs its authenticator code: pass --otp CODE (or set AUTHDESK_OTP), or --recovery-code CODE.</source>
        <translation>dieses Konto braucht seinen Authentifikator-Code: Geben Sie --otp CODE an (oder setzen Sie AUTHDESK_OTP) oder --recovery-code CODE.</translation>
    </message>
    <message>
        <source>Only active or only disabled users (a temporary disabling that has ended counts as active).</source>
        <translation>Nur aktive oder nur deaktivierte Benutzer (eine abgelaufene befristete Deaktivierung zählt als aktiv).</translation>
    </message>
    <message>
        <source>active|disabled</source>
        <translation>active|disabled</translation>
    </message>
    <message>
        <source>Only the holders of ROLE.</source>
        <translation>Nur die Inhaber von ROLE.</translation>
    </message>
    <message>
        <source>Only users with an active authenticator (enrolled) or without one (none).</source>
        <translation>Nur Benutzer mit aktivem Authentifikator (enrolled) oder ohne (none).</translation>
    </message>
    <message>
        <source>enrolled|none</source>
        <translation>enrolled|none</translation>
    </message>
    <message>
        <source>Only users whose authenticator is locked: disabled after too many wrong codes, or waiting out a throttle.</source>
        <translation>Nur Benutzer, deren Authentifikator gesperrt ist: nach zu vielen falschen Codes deaktiviert oder in einer Wartezeit.</translation>
    </message>
    <message>
        <source>Only users who have never signed in.</source>
        <translation>Nur Benutzer, die sich noch nie angemeldet haben.</translation>
    </message>
    <message>
        <source>Only users created at or after TIME (ISO 8601: 2026-01-31 is midnight UTC; 2026-01-31T08:00:00+01:00).</source>
        <translation>Nur Benutzer, die zu oder nach TIME angelegt wurden (ISO 8601: 2026-01-31 ist Mitternacht UTC; 2026-01-31T08:00:00+01:00).</translation>
    </message>
    <message>
        <source>Only users created before TIME (ISO 8601).</source>
        <translation>Nur Benutzer, die vor TIME angelegt wurden (ISO 8601).</translation>
    </message>
    <message>
        <source>Only users who last signed in at or after TIME (ISO 8601).</source>
        <translation>Nur Benutzer, deren letzte Anmeldung zu oder nach TIME war (ISO 8601).</translation>
    </message>
    <message>
        <source>Only users who last signed in before TIME (ISO 8601).</source>
        <translation>Nur Benutzer, deren letzte Anmeldung vor TIME war (ISO 8601).</translation>
    </message>
    <message>
        <source>--status takes “active” or “disabled”, not “%1”.</source>
        <translation>--status nimmt „active“ oder „disabled“, nicht „%1“.</translation>
    </message>
    <message>
        <source>--role needs a role name.</source>
        <translation>--role braucht einen Rollennamen.</translation>
    </message>
    <message>
        <source>--mfa takes “enrolled” or “none”, not “%1”.</source>
        <translation>--mfa nimmt „enrolled“ oder „none“, nicht „%1“.</translation>
    </message>
    <message>
        <source>--%1 takes an ISO 8601 date or date and time (2026-01-31 or 2026-01-31T08:00:00Z), not “%2”.</source>
        <translation>--%1 nimmt ein Datum oder Datum mit Uhrzeit nach ISO 8601 (2026-01-31 oder 2026-01-31T08:00:00Z), nicht „%2“.</translation>
    </message>
    <message>
        <source>--created-before must be later than --created-after.</source>
        <translation>--created-before muss später sein als --created-after.</translation>
    </message>
    <message>
        <source>--signed-in-before must be later than --signed-in-after.</source>
        <translation>--signed-in-before muss später sein als --signed-in-after.</translation>
    </message>
    <message>
        <source>--never-signed-in cannot be combined with --signed-in-after or --signed-in-before.</source>
        <translation>--never-signed-in kann nicht mit --signed-in-after oder --signed-in-before kombiniert werden.</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>registriert</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>--pdf needs a file name.</source>
        <translation>--pdf braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>Cannot write the recovery sheet %1: the folder %2 does not exist.</source>
        <translation>Das Wiederherstellungsblatt %1 kann nicht geschrieben werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot write the recovery sheet %1: it is a folder.</source>
        <translation>Das Wiederherstellungsblatt %1 kann nicht geschrieben werden: Es ist ein Ordner.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Wrote the recovery sheet for %1 to %2 (readable by you only). Each code works once; hand the sheet over, then delete the file.</source>
        <translation>Das Wiederherstellungsblatt für %1 wurde nach %2 geschrieben (nur für Sie lesbar). Jeder Code funktioniert nur einmal; übergeben Sie das Blatt und löschen Sie dann die Datei.</translation>
    </message>
    <message>
        <source>Write the recovery sheet (PDF, mode 0600) to FILE.</source>
        <translation>Das Wiederherstellungsblatt (PDF, Modus 0600) in FILE schreiben.</translation>
    </message>
    <message>
        <source>reset by the helpdesk; must enroll an authenticator</source>
        <translation>vom Helpdesk zurückgesetzt; muss einen Authentifikator registrieren</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>nicht registriert</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Authenticator</source>
        <translation>Authentifikator</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Remembered computers</source>
        <translation>Gespeicherte Computer</translation>
    </message>
    <message>
        <source>Live sessions</source>
        <translation>Aktive Sitzungen</translation>
    </message>
    <message>
        <source>Temporary pass</source>
        <translation>Befristeter Zugriffspass</translation>
    </message>
    <message>
        <source>one unused</source>
        <translation>einer, unbenutzt</translation>
    </message>
    <message>
        <source>Must enroll</source>
        <translation>Muss registrieren</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Recent failures</source>
        <translation>Letzte Fehlversuche</translation>
    </message>
    <message>
        <source>%1 (%2 lockouts)</source>
        <translation>%1 (%2 Sperren)</translation>
    </message>
    <message>
        <source>Reset allowed</source>
        <translation>Zurücksetzen erlaubt</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>nein: %1</translation>
    </message>
    <message>
        <source>State token</source>
        <translation>Zustandstoken</translation>
    </message>
    <message>
        <source>The helpdesk ticket of the request (required).</source>
        <translation>Das Helpdesk-Ticket der Anfrage (erforderlich).</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Why the authenticator is reset (required).</source>
        <translation>Warum der Authentifikator zurückgesetzt wird (erforderlich).</translation>
    </message>
    <message>
        <source>How the caller&apos;s identity was checked: %1 (required).</source>
        <translation>Wie die Identität des Anrufers geprüft wurde: %1 (erforderlich).</translation>
    </message>
    <message>
        <source>method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>How the identity was checked, in words (required with “other”).</source>
        <translation>Wie die Identität geprüft wurde, in Worten (erforderlich bei „other“).</translation>
    </message>
    <message>
        <source>The state token from “mfa inspect”: refuse if the user&apos;s MFA changed since.</source>
        <translation>Das Zustandstoken aus „mfa inspect“: ablehnen, wenn sich die MFA des Benutzers seitdem geändert hat.</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Issue a single-use temporary access pass, shown once.</source>
        <translation>Einen einmal verwendbaren befristeten Zugriffspass ausstellen, der einmal angezeigt wird.</translation>
    </message>
    <message>
        <source>How long the pass stays usable (%1 to %2 minutes; default: the store&apos;s %3).</source>
        <translation>Wie lange der Pass verwendbar bleibt (%1 bis %2 Minuten; Standard: %3 laut Speicher).</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>mfa reset needs --ticket (the helpdesk ticket of the request).</source>
        <translation>mfa reset braucht --ticket (das Helpdesk-Ticket der Anfrage).</translation>
    </message>
    <message>
        <source>mfa reset needs --reason.</source>
        <translation>mfa reset braucht --reason.</translation>
    </message>
    <message>
        <source>mfa reset needs --verified-by, one of: %1.</source>
        <translation>mfa reset braucht --verified-by, eines von: %1.</translation>
    </message>
    <message>
        <source>--verified-by takes one of %1, not “%2”.</source>
        <translation>--verified-by erwartet eines von %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>--temporary-pass-minutes needs --temporary-pass.</source>
        <translation>--temporary-pass-minutes braucht --temporary-pass.</translation>
    </message>
    <message>
        <source>--temporary-pass-minutes takes a whole number of minutes from %1 to %2.</source>
        <translation>--temporary-pass-minutes erwartet eine ganze Zahl von Minuten zwischen %1 und %2.</translation>
    </message>
    <message>
        <source>Reset the authenticator of %1: %2 factor(s), %3 recovery code(s), %4 remembered computer(s) and %5 session(s) removed; %1 must enroll a new authenticator (audit event #%6).</source>
        <translation>Der Authentifikator von %1 wurde zurückgesetzt; entfernt: Faktoren: %2, Wiederherstellungscodes: %3, gespeicherte Computer: %4, Sitzungen: %5; %1 muss einen neuen Authentifikator registrieren (Audit-Ereignis #%6).</translation>
    </message>
    <message>
        <source>Temporary access pass for %1, valid once until %2 (UTC). It is shown only now; read it to the user:</source>
        <translation>Befristeter Zugriffspass für %1, einmal gültig bis %2 (UTC). Er wird nur jetzt angezeigt; lesen Sie ihn dem Benutzer vor:</translation>
    </message>
    <message>
        <source>The user was told at %1 (%2).</source>
        <translation>Der Benutzer wurde unter %1 benachrichtigt (%2).</translation>
    </message>
    <message>
        <source>The user was not told: %1</source>
        <translation>Der Benutzer wurde nicht benachrichtigt: %1</translation>
    </message>
    <message>
        <source>Unknown command “notify %1”.</source>
        <translation>Unbekannter Befehl „notify %1“.</translation>
    </message>
    <message>
        <source>The address to send the test message to.</source>
        <translation>Die Adresse, an die die Testnachricht gesendet wird.</translation>
    </message>
    <message>
        <source>Print JSON: {&quot;sent&quot;: …, &quot;answer&quot;: …}.</source>
        <translation>JSON ausgeben: {&quot;sent&quot;: …, &quot;answer&quot;: …}.</translation>
    </message>
    <message>
        <source>notify test needs --to EMAIL.</source>
        <translation>notify test braucht --to EMAIL.</translation>
    </message>
    <message>
        <source>Sent a test message to %1: %2</source>
        <translation>Testnachricht an %1 gesendet: %2</translation>
    </message>
    <message>
        <source>Remove the stored SMTP password.</source>
        <translation>Das gespeicherte SMTP-Passwort entfernen.</translation>
    </message>
    <message>
        <source>SMTP password: </source>
        <translation>SMTP-Passwort: </translation>
    </message>
    <message>
        <source>No SMTP password: give it on standard input or in AUTHDESK_SMTP_PASSWORD (never on the command line). Use --remove to remove it.</source>
        <translation>Kein SMTP-Passwort: Geben Sie es über die Standardeingabe oder in AUTHDESK_SMTP_PASSWORD an (nie auf der Befehlszeile). Mit --remove entfernen Sie es.</translation>
    </message>
    <message>
        <source>Removed the SMTP password.</source>
        <translation>Das SMTP-Passwort wurde entfernt.</translation>
    </message>
    <message>
        <source>Stored the SMTP password, sealed with the store&apos;s key.</source>
        <translation>Das SMTP-Passwort wurde gespeichert, versiegelt mit dem Schlüssel des Speichers.</translation>
    </message>
    <message>
        <source>Token: </source>
        <translation>Token: </translation>
    </message>
    <message>
        <source>session (a server session token) or jwt (access and refresh tokens); default: the store&apos;s auth.token_mode.</source>
        <translation>session (ein Server-Sitzungstoken) oder jwt (Zugriffs- und Refresh-Token); Standard: auth.token_mode des Speichers.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>The temporary access pass a helpdesk MFA reset issued.</source>
        <translation>Der befristete Zugriffspass, den ein Zurücksetzen der MFA durch den Helpdesk ausgestellt hat.</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>The client&apos;s address, recorded with the session.</source>
        <translation>Die Adresse des Clients; wird mit der Sitzung festgehalten.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>The client&apos;s user agent, recorded with the session.</source>
        <translation>Der User-Agent des Clients; wird mit der Sitzung festgehalten.</translation>
    </message>
    <message>
        <source>The service key file (default: AUTHDESK_KEY_FILE).</source>
        <translation>Die Dienstschlüsseldatei (Standard: AUTHDESK_KEY_FILE).</translation>
    </message>
    <message>
        <source>--mode is session or jwt.</source>
        <translation>--mode ist session oder jwt.</translation>
    </message>
    <message>
        <source>Session #%1 for %2 until %3 (idle until %4)%5.
</source>
        <translation>Sitzung #%1 für %2 bis %3 (bei Inaktivität bis %4)%5.
</translation>
    </message>
    <message>
        <source>; it only allows changing the password</source>
        <translation>; sie erlaubt nur das Ändern des Passworts</translation>
    </message>
    <message>
        <source>No token on standard input.</source>
        <translation>Kein Token auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>Logged out.
</source>
        <translation>Abgemeldet.
</translation>
    </message>
    <message>
        <source>valid: %1 (#%2), session #%3, expires %4
</source>
        <translation>gültig: %1 (#%2), Sitzung #%3, läuft am %4 ab
</translation>
    </message>
    <message>
        <source>Only this user&apos;s sessions.</source>
        <translation>Nur die Sitzungen dieses Benutzers.</translation>
    </message>
    <message>
        <source>Include expired and revoked sessions.</source>
        <translation>Abgelaufene und widerrufene Sitzungen einbeziehen.</translation>
    </message>
    <message>
        <source>At most N rows (default 500).</source>
        <translation>Höchstens N Zeilen (Standard 500).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Skip the first N rows.</source>
        <translation>Die ersten N Zeilen überspringen.</translation>
    </message>
    <message>
        <source>--limit takes a whole number of at least 1.</source>
        <translation>--limit erwartet eine ganze Zahl ab 1.</translation>
    </message>
    <message>
        <source>--offset takes a whole number of at least 0.</source>
        <translation>--offset erwartet eine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>revoked (%1)</source>
        <translation>widerrufen (%1)</translation>
    </message>
    <message>
        <source>live</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ANGELEGT</translation>
    </message>
    <message>
        <source>LAST SEEN</source>
        <translation>ZULETZT AKTIV</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>LÄUFT AB</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>%1 of %2 shown.
</source>
        <translation>%1 von %2 angezeigt.
</translation>
    </message>
    <message>
        <source>Every session and token of this user (sign out everywhere).</source>
        <translation>Alle Sitzungen und Tokens dieses Benutzers (überall abmelden).</translation>
    </message>
    <message>
        <source>Everyone&apos;s sessions and tokens.</source>
        <translation>Die Sitzungen und Tokens aller Benutzer.</translation>
    </message>
    <message>
        <source>A session is named by its number (see “session list”).</source>
        <translation>Eine Sitzung wird über ihre Nummer angegeben (siehe „session list“).</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ended.
</source>
        <translation>
            <numerusform>%n Sitzung beendet.
</numerusform>
            <numerusform>%n Sitzungen beendet.
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can log in again.
</source>
        <translation>%1 kann sich wieder anmelden.
</translation>
    </message>
    <message>
        <source>Make a new slot and write its key file here (mode 0600; never overwritten).</source>
        <translation>Einen neuen Schlüsselplatz anlegen und seine Schlüsseldatei hierhin schreiben (Modus 0600; wird nie überschrieben).</translation>
    </message>
    <message>
        <source>What the slot is for (default: the file&apos;s name).</source>
        <translation>Wofür der Schlüsselplatz gedacht ist (Standard: der Dateiname).</translation>
    </message>
    <message>
        <source>List the service key slots.</source>
        <translation>Die Dienstschlüsselplätze auflisten.</translation>
    </message>
    <message>
        <source>Revoke slot ID: its key file opens nothing any more.</source>
        <translation>Schlüsselplatz ID widerrufen: Seine Schlüsseldatei öffnet dann nichts mehr.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>--revoke takes a slot number (see “keys service-slot --list”).</source>
        <translation>--revoke erwartet eine Schlüsselplatznummer (siehe „keys service-slot --list“).</translation>
    </message>
    <message>
        <source>Service key slot #%1 revoked.
</source>
        <translation>Dienstschlüsselplatz #%1 widerrufen.
</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>BEZEICHNUNG</translation>
    </message>
    <message>
        <source>Cannot write %1: its folder does not exist.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>%1 exists already; a key file is never overwritten.</source>
        <translation>%1 existiert bereits; eine Schlüsseldatei wird nie überschrieben.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1; the new slot was revoked again.</source>
        <translation>%1 kann nicht geschrieben werden; der neue Schlüsselplatz wurde wieder widerrufen.</translation>
    </message>
    <message>
        <source>Service key slot #%1 (%2) written to %3. Give it to the application as AUTHDESK_KEY_FILE; “keys service-slot --revoke %1” locks it out.
</source>
        <translation>Dienstschlüsselplatz #%1 (%2) nach %3 geschrieben. Geben Sie die Datei der Anwendung als AUTHDESK_KEY_FILE; „keys service-slot --revoke %1“ sperrt sie aus.
</translation>
    </message>
    <message>
        <source>Manage the users, roles and audit log of an AuthDesk store.

Commands:
  init --owner NAME --email EMAIL [--display-name D]   create the store and its owner (password on stdin)
  user add NAME --email E [--display-name D] [--role R]... [--password-stdin]
  user list [--search TEXT] [--status active|disabled] [--role R] [--mfa enrolled|none] [--locked]
            [--never-signed-in] [--created-after T] [--created-before T] [--signed-in-after T]
            [--signed-in-before T] [--sort FIELD] [--desc] [--limit N] [--offset N] [--json]
  user show NAME [--json]
  user edit NAME [--email E] [--display-name D] [--if-version N]
  user disable NAME --reason TEXT [--until ISO8601]
  user enable NAME
  user delete NAME
  user set-password NAME [--must-change] [--generate] (the new password on stdin, or made for you)
  passwd                                             change your own password (the new one on stdin)
  user import FILE                                   (CSV: username,email,display_name,roles[,password_hash])
  user role-add NAME ROLE | user role-remove NAME ROLE
  user permissions NAME [--json]
  role list [--json] | role add NAME [--description D]
  role grant ROLE PERMISSION | role revoke ROLE PERMISSION
  permission list [--json] | permission add NAME [--description D]
  audit list [--limit N] [--json] | audit verify
  user verify-password NAME                          (the password on stdin; exit 0 matches, 1 not)
  mfa enroll NAME [--json] | mfa qr NAME --png FILE
  mfa activate NAME CODE [--pdf FILE] [--json]        --pdf: the recovery sheet, mode 0600
  mfa verify NAME CODE | mfa recover NAME CODE | mfa status NAME [--json]
  mfa recovery-codes NAME --regenerate [--pdf FILE] [--json]
  mfa inspect NAME [--json]                          what a helpdesk reset would remove (no secrets)
  mfa reset NAME --ticket T --reason R --verified-by call-back|in-person|manager-approval|other
            [--note TEXT] [--expect STATE_TOKEN] [--temporary-pass [--temporary-pass-minutes N]] [--json]
  policy show [--json] | policy set KEY VALUE
  notify test --to EMAIL [--json]                    send a test message through the configured notifier
  notify set-password [--remove]                     the SMTP password (stdin or AUTHDESK_SMTP_PASSWORD)
  unlock | lock                                      keep the store&apos;s key in this desktop&apos;s keychain, or not
As an application (no --as; the store&apos;s key from AUTHDESK_KEY_FILE or --key-file):
  login NAME [--otp CODE | --recovery-code C | --temporary-pass P] [--mode session|jwt] [--ip A]
        [--user-agent UA] [--json]                  (the user&apos;s password on stdin)
  refresh TOKEN [--json]                             a refresh token for a new access and refresh token
  logout TOKEN | token verify TOKEN [--json]         (exit 0 valid, 1 not, with the reason; - : stdin)
Sessions and keys, for administrators:
  session list [--user NAME] [--ended] [--json] | session revoke ID | --user NAME | --all
  user unlock NAME                                   end a brute-force lockout
  user send-verification NAME                        email NAME a single-use link confirming their address
  user verify-email TOKEN | password-reset request NAME | password-reset complete TOKEN  (as the application;
                                                     complete reads the new password on stdin)
  keys service-slot --out FILE [--label L] | --list [--json] | --revoke ID
  keys list [--json] | keys rotate [--alg EdDSA|ES256|HS256] | keys retire KID | keys jwks

A user is named by username, email or #id. The acting administrator&apos;s password comes from
AUTHDESK_PASSWORD or a prompt; passwords are never taken from the command line.
Exit codes: 0 done, 1 refused or failed, 2 usage.</source>
        <translation>Benutzer, Rollen und Audit-Protokoll eines AuthDesk-Speichers verwalten.

Befehle:
  init --owner NAME --email EMAIL [--display-name D]   Speicher und Eigentümer anlegen (Passwort über stdin)
  user add NAME --email E [--display-name D] [--role R]... [--password-stdin]
  user list [--search TEXT] [--status active|disabled] [--role R] [--mfa enrolled|none] [--locked]
            [--never-signed-in] [--created-after T] [--created-before T] [--signed-in-after T]
            [--signed-in-before T] [--sort FIELD] [--desc] [--limit N] [--offset N] [--json]
  user show NAME [--json]
  user edit NAME [--email E] [--display-name D] [--if-version N]
  user disable NAME --reason TEXT [--until ISO8601]
  user enable NAME
  user delete NAME
  user set-password NAME [--must-change] [--generate] (das neue Passwort über stdin, oder es wird erzeugt)
  passwd                                             das eigene Passwort ändern (das neue über stdin)
  user import FILE                                   (CSV: username,email,display_name,roles[,password_hash])
  user role-add NAME ROLE | user role-remove NAME ROLE
  user permissions NAME [--json]
  role list [--json] | role add NAME [--description D]
  role grant ROLE PERMISSION | role revoke ROLE PERMISSION
  permission list [--json] | permission add NAME [--description D]
  audit list [--limit N] [--json] | audit verify
  user verify-password NAME                          (das Passwort über stdin; Exit-Code 0 passt, 1 nicht)
  mfa enroll NAME [--json] | mfa qr NAME --png FILE
  mfa activate NAME CODE [--pdf FILE] [--json]        --pdf: das Wiederherstellungsblatt, Modus 0600
  mfa verify NAME CODE | mfa recover NAME CODE | mfa status NAME [--json]
  mfa recovery-codes NAME --regenerate [--pdf FILE] [--json]
  mfa inspect NAME [--json]                          was ein Helpdesk-Reset entfernen würde (ohne Geheimnisse)
  mfa reset NAME --ticket T --reason R --verified-by call-back|in-person|manager-approval|other
            [--note TEXT] [--expect STATE_TOKEN] [--temporary-pass [--temporary-pass-minutes N]] [--json]
  policy show [--json] | policy set KEY VALUE
  notify test --to EMAIL [--json]                    eine Testnachricht über den eingerichteten Benachrichtigungsdienst senden
  notify set-password [--remove]                     das SMTP-Passwort (stdin oder AUTHDESK_SMTP_PASSWORD)
  unlock | lock                                      den Schlüssel des Speichers im Schlüsselbund dieses Desktops aufbewahren oder nicht
Als Anwendung (ohne --as; der Schlüssel des Speichers aus AUTHDESK_KEY_FILE oder --key-file):
  login NAME [--otp CODE | --recovery-code C | --temporary-pass P] [--mode session|jwt] [--ip A]
        [--user-agent UA] [--json]                  (das Passwort des Benutzers über stdin)
  refresh TOKEN [--json]                             ein Refresh-Token gegen ein neues Zugriffs- und Refresh-Token tauschen
  logout TOKEN | token verify TOKEN [--json]         (Exit-Code 0 gültig, 1 nicht, mit Grund; - : stdin)
Sitzungen und Schlüssel, für Administratoren:
  session list [--user NAME] [--ended] [--json] | session revoke ID | --user NAME | --all
  user unlock NAME                                   eine Brute-Force-Sperre aufheben
  user send-verification NAME                        NAME per E-Mail einen einmal gültigen Link zur Bestätigung der Adresse senden
  user verify-email TOKEN | password-reset request NAME | password-reset complete TOKEN  (als Anwendung;
                                                     complete liest das neue Passwort über stdin)
  keys service-slot --out FILE [--label L] | --list [--json] | --revoke ID
  keys list [--json] | keys rotate [--alg EdDSA|ES256|HS256] | keys retire KID | keys jwks

Ein Benutzer wird über Benutzername, E-Mail oder #ID angegeben. Das Passwort des handelnden Administrators kommt aus
AUTHDESK_PASSWORD oder einer Eingabeaufforderung; Passwörter werden nie von der Befehlszeile übernommen.
Exit-Codes: 0 erledigt, 1 abgelehnt oder fehlgeschlagen, 2 falscher Aufruf.</translation>
    </message>
    <message>
        <source>%1 (verified %2)</source>
        <translation>%1 (bestätigt am %2)</translation>
    </message>
    <message>
        <source>%1 (not verified)</source>
        <translation>%1 (nicht bestätigt)</translation>
    </message>
    <message>
        <source>%1; locked (failed logins or authenticator codes; “user unlock” ends it)</source>
        <translation>%1; gesperrt (fehlgeschlagene Anmeldungen oder Authentifikator-Codes; „user unlock“ hebt die Sperre auf)</translation>
    </message>
    <message>
        <source>The client&apos;s address.</source>
        <translation>Die Adresse des Clients.</translation>
    </message>
    <message>
        <source>Verification sent to %1 (%2); it works once, until %3.
</source>
        <translation>Bestätigungsnachricht an %1 gesendet (%2); sie gilt einmalig bis %3.
</translation>
    </message>
    <message>
        <source>The verification message to %1 could not be sent: %2
</source>
        <translation>Die Bestätigungsnachricht an %1 konnte nicht gesendet werden: %2
</translation>
    </message>
    <message>
        <source>%1 is confirmed as the address of %2.
</source>
        <translation>%1 ist als Adresse von %2 bestätigt.
</translation>
    </message>
    <message>
        <source>If that account exists and has an email address, a reset message is on its way.
</source>
        <translation>Wenn dieses Konto existiert und eine E-Mail-Adresse hat, ist eine Nachricht zum Zurücksetzen unterwegs.
</translation>
    </message>
    <message>
        <source>Password changed; every session of the account was ended.
</source>
        <translation>Passwort geändert; alle Sitzungen des Kontos wurden beendet.
</translation>
    </message>
    <message>
        <source>The new key&apos;s algorithm: EdDSA (default), ES256 or HS256.</source>
        <translation>Der Algorithmus des neuen Schlüssels: EdDSA (Standard), ES256 oder HS256.</translation>
    </message>
    <message>
        <source>alg</source>
        <translation>alg</translation>
    </message>
    <message>
        <source>--alg is EdDSA, ES256 or HS256 (exactly so spelled).</source>
        <translation>--alg ist EdDSA, ES256 oder HS256 (genau so geschrieben).</translation>
    </message>
    <message>
        <source>%1 (%2) now signs; the previous key verifies until its last token has expired.
</source>
        <translation>%1 (%2) signiert jetzt; der vorherige Schlüssel prüft weiter, bis sein letztes Token abgelaufen ist.
</translation>
    </message>
    <message>
        <source>%1 retired: it verifies nothing any more.
</source>
        <translation>%1 stillgelegt: Er prüft nichts mehr.
</translation>
    </message>
    <message>
        <source>KID</source>
        <translation>KID</translation>
    </message>
    <message>
        <source>ALG</source>
        <translation>ALG</translation>
    </message>
</context>
<context>
    <name>CommandNotifier</name>
    <message>
        <source>notify.command takes a JSON array of strings, the program&apos;s absolute path first, e.g. [&quot;/usr/local/bin/send-note&quot;, &quot;--quiet&quot;]. It is run without a shell.</source>
        <translation>notify.command erwartet ein JSON-Array von Zeichenketten, zuerst den absoluten Pfad des Programms, z. B. [&quot;/usr/local/bin/send-note&quot;, &quot;--quiet&quot;]. Es wird ohne Shell ausgeführt.</translation>
    </message>
    <message>
        <source>notify.command is not a JSON array. %1</source>
        <translation>notify.command ist kein JSON-Array. %1</translation>
    </message>
    <message>
        <source>notify.command needs 1 to %1 strings. %2</source>
        <translation>notify.command braucht 1 bis %1 Zeichenketten. %2</translation>
    </message>
    <message>
        <source>notify.command holds something that is not a string. %1</source>
        <translation>notify.command enthält etwas, das keine Zeichenkette ist. %1</translation>
    </message>
    <message>
        <source>An argument of notify.command contains a control character or is longer than %1 characters.</source>
        <translation>Ein Argument von notify.command enthält ein Steuerzeichen oder ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The program “%1” in notify.command is not an absolute path. %2</source>
        <translation>Das Programm „%1“ in notify.command ist kein absoluter Pfad. %2</translation>
    </message>
    <message>
        <source>notify.command is not set.</source>
        <translation>notify.command ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>The notification command “%1” could not be started: %2.</source>
        <translation>Der Benachrichtigungsbefehl „%1“ konnte nicht gestartet werden: %2.</translation>
    </message>
    <message>
        <source>The notification command “%1” did not finish within %2 s and was stopped.</source>
        <translation>Der Benachrichtigungsbefehl „%1“ wurde nicht innerhalb von %2 s fertig und wurde beendet.</translation>
    </message>
    <message>
        <source>The notification command “%1” crashed.</source>
        <translation>Der Benachrichtigungsbefehl „%1“ ist abgestürzt.</translation>
    </message>
    <message>
        <source>The notification command “%1” failed with exit code %2: %3</source>
        <translation>Der Benachrichtigungsbefehl „%1“ ist mit Exit-Code %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>(nothing on stderr)</source>
        <translation>(nichts auf stderr)</translation>
    </message>
</context>
<context>
    <name>ConsolePermission</name>
    <message>
        <source>See users, their roles and permissions</source>
        <translation>Benutzer, ihre Rollen und Berechtigungen ansehen</translation>
    </message>
    <message>
        <source>Create and import users</source>
        <translation>Benutzer anlegen und importieren</translation>
    </message>
    <message>
        <source>Edit users&apos; email and display name</source>
        <translation>E-Mail und Anzeigename von Benutzern bearbeiten</translation>
    </message>
    <message>
        <source>Disable and enable users</source>
        <translation>Benutzer deaktivieren und aktivieren</translation>
    </message>
    <message>
        <source>Delete users</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>Set users&apos; passwords</source>
        <translation>Passwörter von Benutzern setzen</translation>
    </message>
    <message>
        <source>See roles and permissions</source>
        <translation>Rollen und Berechtigungen ansehen</translation>
    </message>
    <message>
        <source>Create roles and change their permissions</source>
        <translation>Rollen anlegen und ihre Berechtigungen ändern</translation>
    </message>
    <message>
        <source>Give roles to users and take them away</source>
        <translation>Benutzern Rollen geben und entziehen</translation>
    </message>
    <message>
        <source>Enroll users&apos; authenticators</source>
        <translation>Authentifikatoren von Benutzern registrieren</translation>
    </message>
    <message>
        <source>Reset users&apos; authenticators</source>
        <translation>Authentifikatoren von Benutzern zurücksetzen</translation>
    </message>
    <message>
        <source>See sessions</source>
        <translation>Sitzungen ansehen</translation>
    </message>
    <message>
        <source>End sessions</source>
        <translation>Sitzungen beenden</translation>
    </message>
    <message>
        <source>Read and verify the audit log</source>
        <translation>Das Audit-Protokoll lesen und prüfen</translation>
    </message>
    <message>
        <source>Change store settings</source>
        <translation>Einstellungen des Speichers ändern</translation>
    </message>
    <message>
        <source>Full control of the store, including its settings</source>
        <translation>Volle Kontrolle über den Speicher, einschließlich seiner Einstellungen</translation>
    </message>
    <message>
        <source>Manages users, roles, sessions and MFA</source>
        <translation>Verwaltet Benutzer, Rollen, Sitzungen und MFA</translation>
    </message>
    <message>
        <source>Resets passwords and authenticators of ordinary users</source>
        <translation>Setzt Passwörter und Authentifikatoren gewöhnlicher Benutzer zurück</translation>
    </message>
    <message>
        <source>Reads everything, changes nothing</source>
        <translation>Liest alles, ändert nichts</translation>
    </message>
    <message>
        <source>Application: read</source>
        <translation>Anwendung: lesen</translation>
    </message>
    <message>
        <source>Application: write</source>
        <translation>Anwendung: schreiben</translation>
    </message>
    <message>
        <source>Application: delete</source>
        <translation>Anwendung: löschen</translation>
    </message>
    <message>
        <source>Application: manage users</source>
        <translation>Anwendung: Benutzer verwalten</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no store at %1.</source>
        <translation>Unter %1 gibt es keinen Speicher.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 is not an AuthDesk store.</source>
        <translation>%1 ist kein AuthDesk-Speicher.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The store %1 is read-only: AuthDesk needs write access to the file and its folder.</source>
        <translation>Der Speicher %1 ist schreibgeschützt: AuthDesk braucht Schreibzugriff auf die Datei und ihren Ordner.</translation>
    </message>
    <message>
        <source>The store %1 cannot use write-ahead logging.</source>
        <translation>Der Speicher %1 kann kein Write-Ahead-Logging verwenden.</translation>
    </message>
    <message>
        <source>The store %1 is locked by another program; try again in a moment.</source>
        <translation>Der Speicher %1 ist von einem anderen Programm gesperrt; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The store %1 is read-only.</source>
        <translation>Der Speicher %1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full.</source>
        <translation>Der Datenträger mit %1 ist voll.</translation>
    </message>
    <message>
        <source>The store %1 is damaged: %2</source>
        <translation>Der Speicher %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>Cannot open the store %1.</source>
        <translation>Der Speicher %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The store refused the change: %1</source>
        <translation>Der Speicher hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Store error: %1</source>
        <translation>Speicherfehler: %1</translation>
    </message>
    <message>
        <source>%1 is a database, but not an AuthDesk store.</source>
        <translation>%1 ist eine Datenbank, aber kein AuthDesk-Speicher.</translation>
    </message>
</context>
<context>
    <name>InputRules</name>
    <message>
        <source>The %1 is too long (at most %2 characters).</source>
        <translation>Das Feld „%1“ ist zu lang (höchstens %2 Zeichen).</translation>
    </message>
    <message>
        <source>The %1 contains control or invisible characters.</source>
        <translation>Das Feld „%1“ enthält Steuerzeichen oder unsichtbare Zeichen.</translation>
    </message>
    <message>
        <source>The %1 is empty.</source>
        <translation>Das Feld „%1“ ist leer.</translation>
    </message>
    <message>
        <source>The %1 starts or ends with spaces.</source>
        <translation>Das Feld „%1“ beginnt oder endet mit Leerzeichen.</translation>
    </message>
    <message>
        <source>username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>A username cannot contain spaces, “@”, “/” or “\”.</source>
        <translation>Ein Benutzername darf keine Leerzeichen, „@“, „/“ oder „\“ enthalten.</translation>
    </message>
    <message>
        <source>A username cannot start with “#” or “-”.</source>
        <translation>Ein Benutzername darf nicht mit „#“ oder „-“ beginnen.</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>role name</source>
        <translation>Rollenname</translation>
    </message>
    <message>
        <source>A role name may hold letters, digits, spaces, “.”, “_” and “-”, and starts with a letter or digit.</source>
        <translation>Ein Rollenname darf Buchstaben, Ziffern, Leerzeichen, „.“, „_“ und „-“ enthalten und beginnt mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>A permission name is lower-case letters, digits and “_”, in dot-separated parts (for example “reports.export”).</source>
        <translation>Ein Berechtigungsname besteht aus Kleinbuchstaben, Ziffern und „_“ in durch Punkte getrennten Teilen (zum Beispiel „reports.export“).</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>The password is too long (at most %1 characters).</source>
        <translation>Das Passwort ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>The password is too short: at least 15 characters.</source>
        <translation>Das Passwort ist zu kurz: mindestens 15 Zeichen.</translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The EC key is not on curve P-256; only P-256 (ES256) and Ed25519 (EdDSA) keys are supported.</source>
        <translation>Der EC-Schlüssel liegt nicht auf der Kurve P-256; unterstützt werden nur P-256- (ES256) und Ed25519-Schlüssel (EdDSA).</translation>
    </message>
    <message>
        <source>Keys of type %1 are not supported; use an EC P-256 (ES256) or Ed25519 (EdDSA) key.</source>
        <translation>Schlüssel vom Typ %1 werden nicht unterstützt; verwenden Sie einen EC-P-256- (ES256) oder Ed25519-Schlüssel (EdDSA).</translation>
    </message>
    <message>
        <source>The public key is not a valid point of its curve.</source>
        <translation>Der öffentliche Schlüssel ist kein gültiger Punkt seiner Kurve.</translation>
    </message>
    <message>
        <source>OpenSSL could not generate a %1 key.</source>
        <translation>OpenSSL konnte keinen %1-Schlüssel erzeugen.</translation>
    </message>
    <message numerus="yes">
        <source>An HS256 secret must be at least 32 bytes (256 bits); this one has %n byte(s).</source>
        <translation>
            <numerusform>Ein HS256-Geheimnis muss mindestens 32 Byte (256 Bit) lang sein; dieses hat %n Byte.</numerusform>
            <numerusform>Ein HS256-Geheimnis muss mindestens 32 Byte (256 Bit) lang sein; dieses hat %n Byte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored private key is not a PKCS#8 %1 key.</source>
        <translation>Der gespeicherte private Schlüssel ist kein PKCS#8-%1-Schlüssel.</translation>
    </message>
    <message>
        <source>The stored private key is not a %1 key.</source>
        <translation>Der gespeicherte private Schlüssel ist kein %1-Schlüssel.</translation>
    </message>
    <message>
        <source>The PEM text is neither a public key (BEGIN PUBLIC KEY) nor an unencrypted PKCS#8 private key (BEGIN PRIVATE KEY).</source>
        <translation>Der PEM-Text ist weder ein öffentlicher Schlüssel (BEGIN PUBLIC KEY) noch ein unverschlüsselter privater PKCS#8-Schlüssel (BEGIN PRIVATE KEY).</translation>
    </message>
    <message>
        <source>The PEM text holds more than one block; give one key.</source>
        <translation>Der PEM-Text enthält mehr als einen Block; geben Sie genau einen Schlüssel an.</translation>
    </message>
    <message>
        <source>OpenSSL could not read the PEM text.</source>
        <translation>OpenSSL konnte den PEM-Text nicht lesen.</translation>
    </message>
    <message>
        <source>The PEM public key could not be decoded.</source>
        <translation>Der öffentliche PEM-Schlüssel konnte nicht dekodiert werden.</translation>
    </message>
    <message>
        <source>The PEM private key could not be decoded.</source>
        <translation>Der private PEM-Schlüssel konnte nicht dekodiert werden.</translation>
    </message>
    <message>
        <source>The JWK&apos;s kid is not a string.</source>
        <translation>Die „kid“ des JWK ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>The JWK is a symmetric (&quot;oct&quot;) key; a shared secret is never taken from a key set.</source>
        <translation>Der JWK ist ein symmetrischer Schlüssel („oct“); ein gemeinsames Geheimnis wird nie aus einer Schlüsselmenge übernommen.</translation>
    </message>
    <message>
        <source>The JWK holds a private key (&quot;d&quot;); a key set must hold public keys only, and this private key should be treated as leaked.</source>
        <translation>Der JWK enthält einen privaten Schlüssel („d“); eine Schlüsselmenge darf nur öffentliche Schlüssel enthalten, und dieser private Schlüssel ist als offengelegt zu betrachten.</translation>
    </message>
    <message>
        <source>The JWK&apos;s use is not &quot;sig&quot;.</source>
        <translation>Das „use“ des JWK ist nicht „sig“.</translation>
    </message>
    <message>
        <source>The EC JWK is not on curve P-256 (crv &quot;P-256&quot;).</source>
        <translation>Der EC-JWK liegt nicht auf der Kurve P-256 (crv „P-256“).</translation>
    </message>
    <message>
        <source>The JWK&apos;s alg &quot;%1&quot; does not agree with its P-256 key (ES256).</source>
        <translation>Das „alg“ „%1“ des JWK passt nicht zu seinem P-256-Schlüssel (ES256).</translation>
    </message>
    <message>
        <source>The EC JWK&apos;s x and y must each be 32 bytes in base64url.</source>
        <translation>x und y des EC-JWK müssen je 32 Byte in base64url sein.</translation>
    </message>
    <message>
        <source>The EC JWK&apos;s point is not on curve P-256.</source>
        <translation>Der Punkt des EC-JWK liegt nicht auf der Kurve P-256.</translation>
    </message>
    <message>
        <source>The OKP JWK is not an Ed25519 key (crv &quot;Ed25519&quot;); X25519 and Ed448 are not supported.</source>
        <translation>Der OKP-JWK ist kein Ed25519-Schlüssel (crv „Ed25519“); X25519 und Ed448 werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>The JWK&apos;s alg &quot;%1&quot; does not agree with its Ed25519 key (EdDSA).</source>
        <translation>Das „alg“ „%1“ des JWK passt nicht zu seinem Ed25519-Schlüssel (EdDSA).</translation>
    </message>
    <message>
        <source>The Ed25519 JWK&apos;s x must be 32 bytes in base64url.</source>
        <translation>x des Ed25519-JWK muss 32 Byte in base64url sein.</translation>
    </message>
    <message>
        <source>The Ed25519 JWK&apos;s key could not be read.</source>
        <translation>Der Schlüssel des Ed25519-JWK konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The JWK has no kty.</source>
        <translation>Der JWK hat kein „kty“.</translation>
    </message>
    <message>
        <source>JWKs of type &quot;%1&quot; are not supported; use EC P-256 (ES256) or OKP Ed25519 (EdDSA).</source>
        <translation>JWKs vom Typ „%1“ werden nicht unterstützt; verwenden Sie EC P-256 (ES256) oder OKP Ed25519 (EdDSA).</translation>
    </message>
    <message>
        <source>The key set is not valid JSON: %1.</source>
        <translation>Die Schlüsselmenge ist kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>The key set is not a JSON object.</source>
        <translation>Die Schlüsselmenge ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The key set has no &quot;keys&quot; list.</source>
        <translation>Die Schlüsselmenge hat keine Liste „keys“.</translation>
    </message>
    <message>
        <source>Key %1 (kid &quot;%2&quot;) of the key set</source>
        <translation>Schlüssel %1 (kid „%2“) der Schlüsselmenge</translation>
    </message>
    <message>
        <source>Key %1 of the key set</source>
        <translation>Schlüssel %1 der Schlüsselmenge</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 repeats a kid used by an earlier key; every kid must be unique.</source>
        <translation>%1 wiederholt eine „kid“ eines früheren Schlüssels; jede „kid“ muss eindeutig sein.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; holds no private part and cannot sign.</source>
        <translation>Der Schlüssel „%1“ hat keinen privaten Teil und kann nicht signieren.</translation>
    </message>
    <message>
        <source>OpenSSL could not sign with the %1 key &quot;%2&quot;.</source>
        <translation>OpenSSL konnte mit dem %1-Schlüssel „%2“ nicht signieren.</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>Das Token ist leer.</translation>
    </message>
    <message>
        <source>The token is %1 characters long; tokens longer than %2 characters are refused.</source>
        <translation>Das Token ist %1 Zeichen lang; Tokens mit mehr als %2 Zeichen werden abgelehnt.</translation>
    </message>
    <message>
        <source>The token holds a character (U+%1) that is not base64url or &apos;.&apos;.</source>
        <translation>Das Token enthält ein Zeichen (U+%1), das weder base64url noch „.“ ist.</translation>
    </message>
    <message>
        <source>The token has five segments: it is an encrypted token (JWE), and a signed token (JWS) is expected.</source>
        <translation>Das Token hat fünf Teile: Es ist ein verschlüsseltes Token (JWE), erwartet wird ein signiertes Token (JWS).</translation>
    </message>
    <message numerus="yes">
        <source>The token has %n segment(s); a signed token (JWS) has exactly three.</source>
        <translation>
            <numerusform>Das Token hat %n Teil; ein signiertes Token (JWS) hat genau drei.</numerusform>
            <numerusform>Das Token hat %n Teile; ein signiertes Token (JWS) hat genau drei.</numerusform>
        </translation>
    </message>
    <message>
        <source>The token&apos;s signature is not base64url (no padding, no &apos;+&apos;, &apos;/&apos; or whitespace).</source>
        <translation>Die Signatur des Tokens ist kein base64url (kein Auffüllen, kein „+“, „/“ oder Leerraum).</translation>
    </message>
    <message numerus="yes">
        <source>The HS256 signature is %n byte(s) long; it must be 32.</source>
        <translation>
            <numerusform>Die HS256-Signatur ist %n Byte lang; sie muss 32 Byte lang sein.</numerusform>
            <numerusform>Die HS256-Signatur ist %n Byte lang; sie muss 32 Byte lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>The HS256 signature does not match.</source>
        <translation>Die HS256-Signatur stimmt nicht.</translation>
    </message>
    <message numerus="yes">
        <source>The ES256 signature is %n byte(s) long; it must be the raw R‖S of 64 bytes (a DER signature is refused).</source>
        <translation>
            <numerusform>Die ES256-Signatur ist %n Byte lang; sie muss das rohe R‖S aus 64 Byte sein (eine DER-Signatur wird abgelehnt).</numerusform>
            <numerusform>Die ES256-Signatur ist %n Byte lang; sie muss das rohe R‖S aus 64 Byte sein (eine DER-Signatur wird abgelehnt).</numerusform>
        </translation>
    </message>
    <message>
        <source>The ES256 signature&apos;s r is zero or not below the curve order.</source>
        <translation>Das r der ES256-Signatur ist null oder nicht kleiner als die Ordnung der Kurve.</translation>
    </message>
    <message>
        <source>The ES256 signature&apos;s s is zero or not below the curve order.</source>
        <translation>Das s der ES256-Signatur ist null oder nicht kleiner als die Ordnung der Kurve.</translation>
    </message>
    <message>
        <source>OpenSSL could not read the ES256 signature.</source>
        <translation>OpenSSL konnte die ES256-Signatur nicht lesen.</translation>
    </message>
    <message>
        <source>The ES256 signature does not match.</source>
        <translation>Die ES256-Signatur stimmt nicht.</translation>
    </message>
    <message numerus="yes">
        <source>The EdDSA signature is %n byte(s) long; it must be 64.</source>
        <translation>
            <numerusform>Die EdDSA-Signatur ist %n Byte lang; sie muss 64 Byte lang sein.</numerusform>
            <numerusform>Die EdDSA-Signatur ist %n Byte lang; sie muss 64 Byte lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>The EdDSA signature does not match.</source>
        <translation>Die EdDSA-Signatur stimmt nicht.</translation>
    </message>
    <message>
        <source>Unknown algorithm.</source>
        <translation>Unbekannter Algorithmus.</translation>
    </message>
    <message>
        <source>The claim &quot;%1&quot; must be a number of seconds since 1970 (a NumericDate).</source>
        <translation>Der Claim „%1“ muss eine Anzahl Sekunden seit 1970 sein (ein NumericDate).</translation>
    </message>
    <message>
        <source>The token has no &quot;%1&quot; claim, and it is required.</source>
        <translation>Das Token hat keinen Claim „%1“, und er ist erforderlich.</translation>
    </message>
    <message>
        <source>The claim &quot;%1&quot; must be a string.</source>
        <translation>Der Claim „%1“ muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>The token&apos;s &quot;%1&quot; claim is empty, and it is required.</source>
        <translation>Der Claim „%1“ des Tokens ist leer, und er ist erforderlich.</translation>
    </message>
    <message>
        <source>The token has no expiry (&quot;exp&quot; claim), and one is required.</source>
        <translation>Das Token hat kein Ablaufdatum (Claim „exp“), und eines ist erforderlich.</translation>
    </message>
    <message numerus="yes">
        <source>The token expired at %1 (now %2, leeway %n second(s)).</source>
        <translation>
            <numerusform>Das Token ist um %1 abgelaufen (jetzt %2, Toleranz %n Sekunde).</numerusform>
            <numerusform>Das Token ist um %1 abgelaufen (jetzt %2, Toleranz %n Sekunden).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The token is not valid before %1 (now %2, leeway %n second(s)).</source>
        <translation>
            <numerusform>Das Token ist nicht vor %1 gültig (jetzt %2, Toleranz %n Sekunde).</numerusform>
            <numerusform>Das Token ist nicht vor %1 gültig (jetzt %2, Toleranz %n Sekunden).</numerusform>
        </translation>
    </message>
    <message>
        <source>The token has no issue time (&quot;iat&quot; claim), and one is required.</source>
        <translation>Das Token hat keinen Ausstellungszeitpunkt (Claim „iat“), und einer ist erforderlich.</translation>
    </message>
    <message numerus="yes">
        <source>The token claims to be issued at %1, in the future (now %2, leeway %n second(s)).</source>
        <translation>
            <numerusform>Das Token gibt an, um %1 ausgestellt zu sein, also in der Zukunft (jetzt %2, Toleranz %n Sekunde).</numerusform>
            <numerusform>Das Token gibt an, um %1 ausgestellt zu sein, also in der Zukunft (jetzt %2, Toleranz %n Sekunden).</numerusform>
        </translation>
    </message>
    <message>
        <source>The token was issued by &quot;%1&quot;, not by &quot;%2&quot;.</source>
        <translation>Das Token wurde von „%1“ ausgestellt, nicht von „%2“.</translation>
    </message>
    <message>
        <source>The token has no audience (&quot;aud&quot; claim); &quot;%1&quot; is required.</source>
        <translation>Das Token hat keine Zielgruppe (Claim „aud“); „%1“ ist erforderlich.</translation>
    </message>
    <message>
        <source>The claim &quot;aud&quot; must be a string or a list of strings.</source>
        <translation>Der Claim „aud“ muss eine Zeichenkette oder eine Liste von Zeichenketten sein.</translation>
    </message>
    <message>
        <source>The token is not meant for &quot;%1&quot; (its audience is %2).</source>
        <translation>Das Token ist nicht für „%1“ bestimmt (seine Zielgruppe ist %2).</translation>
    </message>
    <message>
        <source>The token&apos;s header names no algorithm (&quot;alg&quot;).</source>
        <translation>Der Header des Tokens nennt keinen Algorithmus („alg“).</translation>
    </message>
    <message>
        <source>The token&apos;s &quot;alg&quot; is not a string.</source>
        <translation>Das „alg“ des Tokens ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>The token is unsigned (alg &quot;%1&quot;); unsigned tokens are never accepted.</source>
        <translation>Das Token ist nicht signiert (alg „%1“); unsignierte Tokens werden nie angenommen.</translation>
    </message>
    <message>
        <source>The algorithm &quot;%1&quot; is not allowed here.</source>
        <translation>Der Algorithmus „%1“ ist hier nicht erlaubt.</translation>
    </message>
    <message>
        <source>The token&apos;s header has critical extensions (&quot;crit&quot;); none are implemented, so it is refused.</source>
        <translation>Der Header des Tokens hat kritische Erweiterungen („crit“); keine davon ist implementiert, daher wird es abgelehnt.</translation>
    </message>
    <message>
        <source>The token&apos;s header carries a key or key location (&quot;%1&quot;); keys are never taken from a token.</source>
        <translation>Der Header des Tokens enthält einen Schlüssel oder Schlüsselort („%1“); Schlüssel werden nie aus einem Token übernommen.</translation>
    </message>
    <message>
        <source>The token&apos;s &quot;kid&quot; is not a string.</source>
        <translation>Die „kid“ des Tokens ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is bound to %2, but the token says %3.</source>
        <translation>Der Schlüssel „%1“ ist an %2 gebunden, das Token gibt aber %3 an.</translation>
    </message>
    <message>
        <source>No key has the token&apos;s kid &quot;%1&quot;.</source>
        <translation>Kein Schlüssel hat die „kid“ „%1“ des Tokens.</translation>
    </message>
    <message>
        <source>The token names no key (no &quot;kid&quot;), and no %1 key is configured.</source>
        <translation>Das Token nennt keinen Schlüssel (keine „kid“), und es ist kein %1-Schlüssel eingerichtet.</translation>
    </message>
    <message numerus="yes">
        <source>The token names no key (no &quot;kid&quot;), and %n %1 keys are configured; it must name one.</source>
        <translation>
            <numerusform>Das Token nennt keinen Schlüssel (keine „kid“), und %n %1-Schlüssel ist eingerichtet; es muss einen nennen.</numerusform>
            <numerusform>Das Token nennt keinen Schlüssel (keine „kid“), und %n %1-Schlüssel sind eingerichtet; es muss einen nennen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The token has no signature.</source>
        <translation>Das Token hat keine Signatur.</translation>
    </message>
    <message>
        <source>The token has no type (&quot;typ&quot;); &quot;%1&quot; is expected.</source>
        <translation>Das Token hat keinen Typ („typ“); erwartet wird „%1“.</translation>
    </message>
    <message>
        <source>The token&apos;s type is &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>Der Typ des Tokens ist „%1“, nicht „%2“.</translation>
    </message>
    <message>
        <source>(not a string)</source>
        <translation>(keine Zeichenkette)</translation>
    </message>
    <message>
        <source>RSA keys are not supported; use an EC P-256 (ES256) or Ed25519 (EdDSA) key.</source>
        <translation>RSA-Schlüssel werden nicht unterstützt; verwenden Sie einen EC-P-256- (ES256) oder Ed25519-Schlüssel (EdDSA).</translation>
    </message>
    <message>
        <source>The private key does not match its public key.</source>
        <translation>Der private Schlüssel passt nicht zu seinem öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <source>The JWK&apos;s key_ops do not include &quot;verify&quot;.</source>
        <translation>Die „key_ops“ des JWK enthalten nicht „verify“.</translation>
    </message>
    <message>
        <source>The token&apos;s header is empty.</source>
        <translation>Der Header des Tokens ist leer.</translation>
    </message>
    <message>
        <source>The token&apos;s claims are empty.</source>
        <translation>Die Claims des Tokens sind leer.</translation>
    </message>
    <message>
        <source>The token&apos;s header is not base64url (no padding, no &apos;+&apos;, &apos;/&apos; or whitespace).</source>
        <translation>Der Header des Tokens ist kein base64url (kein Auffüllen, kein „+“, „/“ oder Leerraum).</translation>
    </message>
    <message>
        <source>The token&apos;s claims are not base64url (no padding, no &apos;+&apos;, &apos;/&apos; or whitespace).</source>
        <translation>Die Claims des Tokens sind kein base64url (kein Auffüllen, kein „+“, „/“ oder Leerraum).</translation>
    </message>
    <message>
        <source>The token&apos;s header is not UTF-8 text.</source>
        <translation>Der Header des Tokens ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>The token&apos;s claims are not UTF-8 text.</source>
        <translation>Die Claims des Tokens sind kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>The token&apos;s header is not valid JSON: %1.</source>
        <translation>Der Header des Tokens ist kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>The token&apos;s claims are not valid JSON: %1.</source>
        <translation>Die Claims des Tokens sind kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>The token&apos;s header is not a JSON object.</source>
        <translation>Der Header des Tokens ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The token&apos;s claims are not a JSON object.</source>
        <translation>Die Claims des Tokens sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The token&apos;s header has the member &quot;%1&quot; more than once.</source>
        <translation>Der Header des Tokens enthält das Element „%1“ mehr als einmal.</translation>
    </message>
    <message>
        <source>The token&apos;s claims have the member &quot;%1&quot; more than once.</source>
        <translation>Die Claims des Tokens enthalten das Element „%1“ mehr als einmal.</translation>
    </message>
</context>
<context>
    <name>KeySlot</name>
    <message>
        <source>A key slot in the store has parameters outside the accepted limits.</source>
        <translation>Ein Schlüsselplatz im Speicher hat Parameter außerhalb der zulässigen Grenzen.</translation>
    </message>
    <message>
        <source>The password does not open this key slot.</source>
        <translation>Das Passwort öffnet diesen Schlüsselplatz nicht.</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>No keychain is available on this desktop (no Secret Service); unlock with your password instead.</source>
        <translation>Auf diesem Desktop ist kein Schlüsselbund verfügbar (kein Secret Service); entsperren Sie stattdessen mit Ihrem Passwort.</translation>
    </message>
    <message>
        <source>The keychain refused access: it is locked, or access was declined. Unlock the keychain and try again, or unlock with your password instead.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert: Er ist gesperrt, oder der Zugriff wurde abgelehnt. Entsperren Sie den Schlüsselbund und versuchen Sie es noch einmal, oder entsperren Sie stattdessen mit Ihrem Passwort.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s); unlock with your password instead.</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet; entsperren Sie stattdessen mit Ihrem Passwort.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet; entsperren Sie stattdessen mit Ihrem Passwort.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain entry name is empty.</source>
        <translation>Der Name des Schlüsselbundeintrags ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain entry name is longer than %n character(s).</source>
        <translation>
            <numerusform>Der Name des Schlüsselbundeintrags ist länger als %n Zeichen.</numerusform>
            <numerusform>Der Name des Schlüsselbundeintrags ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain entry name contains a control character.</source>
        <translation>Der Name des Schlüsselbundeintrags enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>The keychain entry %1 is empty; remove it and store the key again.</source>
        <translation>Der Schlüsselbundeintrag %1 ist leer; entfernen Sie ihn und speichern Sie den Schlüssel erneut.</translation>
    </message>
    <message>
        <source>The secret to store in the keychain is empty.</source>
        <translation>Das im Schlüsselbund zu speichernde Geheimnis ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>The secret to store in the keychain is longer than %n byte(s).</source>
        <translation>
            <numerusform>Das im Schlüsselbund zu speichernde Geheimnis ist länger als %n Byte.</numerusform>
            <numerusform>Das im Schlüsselbund zu speichernde Geheimnis ist länger als %n Bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain entry %1 is still there after removing it.</source>
        <translation>Der Schlüsselbundeintrag %1 ist nach dem Entfernen immer noch vorhanden.</translation>
    </message>
</context>
<context>
    <name>LocalDirectory</name>
    <message>
        <source>The store is not open.</source>
        <translation>Der Speicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Local store %1</source>
        <translation>Lokaler Speicher %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) read</source>
        <translation>
            <numerusform>%n Benutzer gelesen</numerusform>
            <numerusform>%n Benutzer gelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>The store %1 has not been set up yet: create its owner first (authdesk-cli init).</source>
        <translation>Der Speicher %1 ist noch nicht eingerichtet: Legen Sie zuerst seinen Eigentümer an (authdesk-cli init).</translation>
    </message>
    <message>
        <source>The store %1 is already set up.</source>
        <translation>Der Speicher %1 ist bereits eingerichtet.</translation>
    </message>
    <message>
        <source>owner of a new store</source>
        <translation>Eigentümer eines neuen Speichers</translation>
    </message>
    <message>
        <source>There is no user #%1.</source>
        <translation>Es gibt keinen Benutzer #%1.</translation>
    </message>
    <message>
        <source>There is no user “%1”.</source>
        <translation>Es gibt keinen Benutzer „%1“.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Your account no longer exists in this store.</source>
        <translation>Ihr Konto existiert in diesem Speicher nicht mehr.</translation>
    </message>
    <message>
        <source>(The refusal could not be recorded: %1)</source>
        <translation>(Die Ablehnung konnte nicht protokolliert werden: %1)</translation>
    </message>
    <message>
        <source>Your account (%1) has no console permissions in this store, or is disabled.</source>
        <translation>Ihr Konto (%1) hat in diesem Speicher keine Konsolenberechtigungen oder ist deaktiviert.</translation>
    </message>
    <message>
        <source>Refused: “%1” needs the console permission %2, which you do not have.</source>
        <translation>Abgelehnt: „%1“ erfordert die Konsolenberechtigung %2, die Sie nicht haben.</translation>
    </message>
    <message>
        <source>Refused: you cannot do “%1” to your own account; another administrator must.</source>
        <translation>Abgelehnt: Sie können „%1“ nicht auf Ihr eigenes Konto anwenden; das muss ein anderer Administrator tun.</translation>
    </message>
    <message>
        <source>Refused: %1 holds console permissions you do not have (%2); only an administrator who holds them can change this account.</source>
        <translation>Abgelehnt: %1 hat Konsolenberechtigungen, die Sie nicht haben (%2); nur ein Administrator, der sie hat, kann dieses Konto ändern.</translation>
    </message>
    <message>
        <source>Refused: %1 is the last active owner of this store. Make another user an owner first.</source>
        <translation>Abgelehnt: %1 ist der letzte aktive Eigentümer dieses Speichers. Machen Sie zuerst einen anderen Benutzer zum Eigentümer.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Falscher Benutzername oder falsches Passwort.</translation>
    </message>
    <message>
        <source>the account has no password set</source>
        <translation>für das Konto ist kein Passwort gesetzt</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>unbekannter Benutzer</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>falsches Passwort</translation>
    </message>
    <message>
        <source>the account is disabled</source>
        <translation>das Konto ist deaktiviert</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>Das Konto %1 ist deaktiviert.</translation>
    </message>
    <message>
        <source>the account holds no console permission</source>
        <translation>das Konto hat keine Konsolenberechtigung</translation>
    </message>
    <message>
        <source>%1 holds no console permission in this store.</source>
        <translation>%1 hat in diesem Speicher keine Konsolenberechtigung.</translation>
    </message>
    <message>
        <source>username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>The %1 “%2” is already taken (by “%3”).</source>
        <translation>„%2“ ist als %1 bereits vergeben (an „%3“).</translation>
    </message>
    <message>
        <source>There is no role “%1”.</source>
        <translation>Es gibt keine Rolle „%1“.</translation>
    </message>
    <message>
        <source>Refused: the role %1 holds %2, which you do not have; you cannot give it.</source>
        <translation>Abgelehnt: Die Rolle %1 enthält %2, was Sie nicht haben; Sie können sie nicht vergeben.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it (version %2, now %3). Reload and try again.</source>
        <translation>%1 wurde von jemand anderem geändert, seit Sie es geöffnet haben (Version %2, jetzt %3). Laden Sie neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The email address “%1” is already taken.</source>
        <translation>Die E-Mail-Adresse „%1“ ist bereits vergeben.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile. Reload and try again.</source>
        <translation>%1 wurde inzwischen von jemand anderem geändert. Laden Sie neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The end of the disablement must lie in the future.</source>
        <translation>Das Ende der Deaktivierung muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>%1 is not disabled.</source>
        <translation>%1 ist nicht deaktiviert.</translation>
    </message>
    <message>
        <source>%1 already has the role %2.</source>
        <translation>%1 hat die Rolle %2 bereits.</translation>
    </message>
    <message>
        <source>%1 does not have the role %2.</source>
        <translation>%1 hat die Rolle %2 nicht.</translation>
    </message>
    <message>
        <source>A role named “%1” already exists.</source>
        <translation>Eine Rolle namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>There is no permission “%1”.</source>
        <translation>Es gibt keine Berechtigung „%1“.</translation>
    </message>
    <message>
        <source>Refused: the role %1 holds %2, which you do not have; you cannot change it.</source>
        <translation>Abgelehnt: Die Rolle %1 enthält %2, was Sie nicht haben; Sie können sie nicht ändern.</translation>
    </message>
    <message>
        <source>Refused: you cannot grant %1, which you do not hold yourself.</source>
        <translation>Abgelehnt: Sie können %1 nicht gewähren, da Sie es selbst nicht haben.</translation>
    </message>
    <message>
        <source>Refused: the owner role always keeps every console permission.</source>
        <translation>Abgelehnt: Die Eigentümerrolle behält immer alle Konsolenberechtigungen.</translation>
    </message>
    <message>
        <source>The role %1 already has %2.</source>
        <translation>Die Rolle %1 hat %2 bereits.</translation>
    </message>
    <message>
        <source>The role %1 does not have %2.</source>
        <translation>Die Rolle %1 hat %2 nicht.</translation>
    </message>
    <message>
        <source>The permission %1 already exists.</source>
        <translation>Die Berechtigung %1 existiert bereits.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The import was canceled; no user was added.</source>
        <translation>Der Import wurde abgebrochen; kein Benutzer wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Line %1: refused: the role %2 holds %3, which you do not have; you cannot give it.</source>
        <translation>Zeile %1: abgelehnt: Die Rolle %2 enthält %3, was Sie nicht haben; Sie können sie nicht vergeben.</translation>
    </message>
    <message>
        <source>Refused: you must change your password before anything else (authdesk-cli passwd).</source>
        <translation>Abgelehnt: Sie müssen zuerst Ihr Passwort ändern (authdesk-cli passwd).</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Das aktuelle Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Das neue Passwort muss sich vom aktuellen unterscheiden.</translation>
    </message>
    <message>
        <source>You signed in to another store; sign in to this one.</source>
        <translation>Sie haben sich bei einem anderen Speicher angemeldet; melden Sie sich bei diesem an.</translation>
    </message>
    <message>
        <source>signed in for reading only: the store is locked</source>
        <translation>nur zum Lesen angemeldet: Der Speicher ist gesperrt</translation>
    </message>
    <message>
        <source>The store has no sealed audit key.</source>
        <translation>Der Speicher hat keinen versiegelten Audit-Schlüssel.</translation>
    </message>
    <message>
        <source>The store is locked, so no key slot can be written.</source>
        <translation>Der Speicher ist gesperrt, daher kann kein Schlüsselplatz geschrieben werden.</translation>
    </message>
    <message>
        <source>The store is locked: its secrets are sealed under a key that your account cannot open here. Sign in as an administrator whose password opens it, or run “authdesk-cli unlock”.</source>
        <translation>Der Speicher ist gesperrt: Seine Geheimnisse sind mit einem Schlüssel versiegelt, den Ihr Konto hier nicht öffnen kann. Melden Sie sich als Administrator an, dessen Passwort ihn öffnet, oder führen Sie „authdesk-cli unlock“ aus.</translation>
    </message>
    <message>
        <source>The password is too long to be anyone&apos;s.</source>
        <translation>Das Passwort ist zu lang, um zu irgendeinem Konto zu gehören.</translation>
    </message>
    <message>
        <source>No keychain is configured for this store.</source>
        <translation>Für diesen Speicher ist kein Schlüsselbund eingerichtet.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>the store&apos;s key is kept in this desktop&apos;s keychain</source>
        <translation>der Schlüssel des Speichers wird im Schlüsselbund dieses Desktops aufbewahrt</translation>
    </message>
    <message>
        <source>the store&apos;s key was removed from this desktop&apos;s keychain</source>
        <translation>der Schlüssel des Speichers wurde aus dem Schlüsselbund dieses Desktops entfernt</translation>
    </message>
    <message>
        <source>%1 has no pending enrollment: the QR code exists only between “mfa enroll” and “mfa activate”.</source>
        <translation>%1 hat keine ausstehende Registrierung: Der QR-Code existiert nur zwischen „mfa enroll“ und „mfa activate“.</translation>
    </message>
    <message>
        <source>%1 has no pending enrollment to activate; enroll first (mfa enroll).</source>
        <translation>%1 hat keine ausstehende Registrierung, die aktiviert werden könnte; registrieren Sie zuerst (mfa enroll).</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong codes: try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele falsche Codes: Versuchen Sie es in %n Sekunde noch einmal.</numerusform>
            <numerusform>Zu viele falsche Codes: Versuchen Sie es in %n Sekunden noch einmal.</numerusform>
        </translation>
    </message>
    <message>
        <source>wrong code</source>
        <translation>falscher Code</translation>
    </message>
    <message>
        <source>The code does not match the new authenticator; nothing was activated. Check the phone&apos;s clock and type the code it shows now.</source>
        <translation>Der Code passt nicht zum neuen Authentifikator; es wurde nichts aktiviert. Prüfen Sie die Uhrzeit des Telefons und geben Sie den Code ein, den es jetzt anzeigt.</translation>
    </message>
    <message>
        <source>The authenticator of %1 was disabled after %2 wrong codes in a row; it works again only after a new enrollment.</source>
        <translation>Der Authentifikator von %1 wurde nach %2 falschen Codes in Folge deaktiviert; er funktioniert erst nach einer neuen Registrierung wieder.</translation>
    </message>
    <message>
        <source>%1 has no active authenticator.</source>
        <translation>%1 hat keinen aktiven Authentifikator.</translation>
    </message>
    <message>
        <source>A recovery code is 16 letters and digits, shown as four groups of four (XXXX-XXXX-XXXX-XXXX).</source>
        <translation>Ein Wiederherstellungscode besteht aus 16 Buchstaben und Ziffern, angezeigt als vier Vierergruppen (XXXX-XXXX-XXXX-XXXX).</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong codes for %1: try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele falsche Codes für %1: Versuchen Sie es in %n Sekunde noch einmal.</numerusform>
            <numerusform>Zu viele falsche Codes für %1: Versuchen Sie es in %n Sekunden noch einmal.</numerusform>
        </translation>
    </message>
    <message>
        <source>wrong or used recovery code</source>
        <translation>falscher oder bereits verwendeter Wiederherstellungscode</translation>
    </message>
    <message>
        <source>wrong or reused code</source>
        <translation>falscher oder wiederverwendeter Code</translation>
    </message>
    <message>
        <source>%1 has no active authenticator, so no recovery codes.</source>
        <translation>%1 hat keinen aktiven Authentifikator und daher keine Wiederherstellungscodes.</translation>
    </message>
    <message>
        <source>No keychain is available on this desktop (no Secret Service), so it cannot keep the store&apos;s key. The store opens with an administrator&apos;s password as before.</source>
        <translation>Auf diesem Desktop ist kein Schlüsselbund verfügbar (kein Secret Service), daher kann er den Schlüssel des Speichers nicht aufbewahren. Der Speicher öffnet sich wie bisher mit dem Passwort eines Administrators.</translation>
    </message>
    <message>
        <source>password accepted, second factor required</source>
        <translation>Passwort akzeptiert, zweiter Faktor erforderlich</translation>
    </message>
    <message>
        <source>%1 has an authenticator: enter the code it shows now (or a recovery code) to finish signing in.</source>
        <translation>%1 hat einen Authentifikator: Geben Sie den Code ein, den er gerade anzeigt (oder einen Wiederherstellungscode), um die Anmeldung abzuschließen.</translation>
    </message>
    <message>
        <source>the store is locked here, so the second factor cannot be checked</source>
        <translation>der Speicher ist hier gesperrt, daher kann der zweite Faktor nicht geprüft werden</translation>
    </message>
    <message>
        <source>The store is locked on this computer and the password of %1 does not open it, so the authenticator code cannot be checked. An administrator whose password opens the store has to sign in here first.</source>
        <translation>Der Speicher ist auf diesem Computer gesperrt, und das Passwort von %1 öffnet ihn nicht, daher kann der Authentifikator-Code nicht geprüft werden. Zuerst muss sich hier ein Administrator anmelden, dessen Passwort den Speicher öffnet.</translation>
    </message>
    <message>
        <source>this computer is not remembered (unknown, expired or forgotten token)</source>
        <translation>dieser Computer ist nicht gespeichert (unbekanntes, abgelaufenes oder vergessenes Token)</translation>
    </message>
    <message>
        <source>This computer is no longer remembered for %1: enter the authenticator code.</source>
        <translation>Dieser Computer ist für %1 nicht mehr gespeichert: Geben Sie den Authentifikator-Code ein.</translation>
    </message>
    <message>
        <source>mfa: remembered device</source>
        <translation>mfa: gespeichertes Gerät</translation>
    </message>
    <message>
        <source>That recovery code is wrong or was already used.</source>
        <translation>Dieser Wiederherstellungscode ist falsch oder wurde bereits verwendet.</translation>
    </message>
    <message>
        <source>The authenticator code is wrong or was already used; wait for the next code and type it.</source>
        <translation>Der Authentifikator-Code ist falsch oder wurde bereits verwendet; warten Sie auf den nächsten Code und geben Sie ihn ein.</translation>
    </message>
    <message>
        <source>mfa: recovery code</source>
        <translation>mfa: Wiederherstellungscode</translation>
    </message>
    <message>
        <source>mfa: totp</source>
        <translation>mfa: TOTP</translation>
    </message>
    <message>
        <source>password accepted, temporary access pass required</source>
        <translation>Passwort akzeptiert, befristeter Zugriffspass erforderlich</translation>
    </message>
    <message>
        <source>The authenticator of %1 was reset by the helpdesk: enter the temporary access pass the helpdesk gave you to finish signing in (ask the helpdesk for a new one if it expired).</source>
        <translation>Der Authentifikator von %1 wurde vom Helpdesk zurückgesetzt: Geben Sie den befristeten Zugriffspass ein, den Ihnen der Helpdesk gegeben hat, um die Anmeldung abzuschließen (fragen Sie den Helpdesk nach einem neuen, falls er abgelaufen ist).</translation>
    </message>
    <message>
        <source>a temporary access pass was given, but the account has an authenticator</source>
        <translation>ein befristeter Zugriffspass wurde angegeben, aber das Konto hat einen Authentifikator</translation>
    </message>
    <message>
        <source>wrong, used or expired temporary access pass</source>
        <translation>falscher, bereits verwendeter oder abgelaufener befristeter Zugriffspass</translation>
    </message>
    <message>
        <source>That temporary access pass is wrong, was already used or has expired. Ask the helpdesk for a new one.</source>
        <translation>Dieser befristete Zugriffspass ist falsch, wurde bereits verwendet oder ist abgelaufen. Fragen Sie den Helpdesk nach einem neuen.</translation>
    </message>
    <message>
        <source>mfa: temporary access pass</source>
        <translation>mfa: befristeter Zugriffspass</translation>
    </message>
    <message>
        <source>Refused: resetting an authenticator needs the console permission %1, which you do not have.</source>
        <translation>Abgelehnt: Das Zurücksetzen eines Authentifikators erfordert die Konsolenberechtigung %1, die Sie nicht haben.</translation>
    </message>
    <message>
        <source>Refused: you cannot reset your own authenticator; another operator with %1 must do it.</source>
        <translation>Abgelehnt: Sie können Ihren eigenen Authentifikator nicht zurücksetzen; das muss ein anderer Operator mit %1 tun.</translation>
    </message>
    <message numerus="yes">
        <source>Refused: %1 holds the console permission %2, which you do not have (%n such permission(s) in all); only an operator who holds every permission of %1 may reset their authenticator.</source>
        <translation>
            <numerusform>Abgelehnt: %1 hat die Konsolenberechtigung %2, die Sie nicht haben (insgesamt %n solche Berechtigung); nur ein Operator, der jede Berechtigung von %1 hat, darf dessen Authentifikator zurücksetzen.</numerusform>
            <numerusform>Abgelehnt: %1 hat die Konsolenberechtigung %2, die Sie nicht haben (insgesamt %n solche Berechtigungen); nur ein Operator, der jede Berechtigung von %1 hat, darf dessen Authentifikator zurücksetzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A ticket number is required for an MFA reset (for example INC-20417), so the reset can be traced to the request.</source>
        <translation>Für ein Zurücksetzen der MFA ist eine Ticketnummer erforderlich (zum Beispiel INC-20417), damit sich das Zurücksetzen der Anfrage zuordnen lässt.</translation>
    </message>
    <message>
        <source>ticket number</source>
        <translation>Ticketnummer</translation>
    </message>
    <message>
        <source>A reason is required for an MFA reset (for example “phone lost”).</source>
        <translation>Für ein Zurücksetzen der MFA ist eine Begründung erforderlich (zum Beispiel „Telefon verloren“).</translation>
    </message>
    <message>
        <source>The identity check “other” needs a note saying how the caller&apos;s identity was verified.</source>
        <translation>Die Identitätsprüfung „other“ braucht einen Vermerk, wie die Identität des Anrufers geprüft wurde.</translation>
    </message>
    <message>
        <source>verification note</source>
        <translation>Prüfvermerk</translation>
    </message>
    <message>
        <source>A temporary access pass lasts %1 to %2 minutes, not %3.</source>
        <translation>Ein befristeter Zugriffspass gilt %1 bis %2 Minuten, nicht %3.</translation>
    </message>
    <message>
        <source> The latest change: %1 by %2 at %3.</source>
        <translation> Die letzte Änderung: %1 durch %2 am %3.</translation>
    </message>
    <message>
        <source>Refused: the MFA of %1 was enrolled or changed meanwhile, after you inspected it; nothing was reset.%2 Inspect it again and confirm.</source>
        <translation>Abgelehnt: Die MFA von %1 wurde inzwischen registriert oder geändert, nachdem Sie sie geprüft haben; es wurde nichts zurückgesetzt.%2 Prüfen Sie sie erneut und bestätigen Sie.</translation>
    </message>
    <message>
        <source>The notifier could not be used, so %1 was not told: %2</source>
        <translation>Der Benachrichtigungsdienst konnte nicht verwendet werden, daher wurde %1 nicht benachrichtigt: %2</translation>
    </message>
    <message>
        <source>No notifier is configured in this store&apos;s settings, so %1 was not told; tell them another way than the authenticator that was reset.</source>
        <translation>In den Einstellungen dieses Speichers ist kein Benachrichtigungsdienst eingerichtet, daher wurde %1 nicht benachrichtigt; informieren Sie die Person auf einem anderen Weg als über den zurückgesetzten Authentifikator.</translation>
    </message>
    <message>
        <source>Your authenticator was reset by the helpdesk</source>
        <translation>Ihr Authentifikator wurde vom Helpdesk zurückgesetzt</translation>
    </message>
    <message>
        <source>The helpdesk gave you a temporary access pass, valid until %1 (UTC). Sign in with your password and that pass, then enroll a new authenticator.</source>
        <translation>Der Helpdesk hat Ihnen einen befristeten Zugriffspass gegeben, gültig bis %1 (UTC). Melden Sie sich mit Ihrem Passwort und diesem Pass an und registrieren Sie dann einen neuen Authentifikator.</translation>
    </message>
    <message>
        <source>Sign in with your password and enroll a new authenticator at once (an administrator can help).</source>
        <translation>Melden Sie sich mit Ihrem Passwort an und registrieren Sie sofort einen neuen Authentifikator (ein Administrator kann helfen).</translation>
    </message>
    <message>
        <source>Hello %1,

Your authenticator was reset by the helpdesk (ticket %2) at %3 (UTC). Your old authenticator codes, recovery codes and remembered computers no longer work.

%4

If you did not ask for this, contact your helpdesk at once.
</source>
        <translation>Hallo %1,

Ihr Authentifikator wurde am %3 (UTC) vom Helpdesk zurückgesetzt (Ticket %2). Ihre alten Authentifikator-Codes, Wiederherstellungscodes und gespeicherten Computer funktionieren nicht mehr.

%4

Wenn Sie das nicht angefordert haben, wenden Sie sich sofort an Ihren Helpdesk.
</translation>
    </message>
    <message>
        <source>(This outcome could not be recorded in the audit log: %1)</source>
        <translation>(Dieses Ergebnis konnte nicht im Audit-Protokoll festgehalten werden: %1)</translation>
    </message>
    <message>
        <source>The SMTP password is longer than %1 characters.</source>
        <translation>Das SMTP-Passwort ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The SMTP password contains a control character (such as a line break): refused.</source>
        <translation>Das SMTP-Passwort enthält ein Steuerzeichen (etwa einen Zeilenumbruch): abgelehnt.</translation>
    </message>
    <message>
        <source>the SMTP password was removed</source>
        <translation>das SMTP-Passwort wurde entfernt</translation>
    </message>
    <message>
        <source>the SMTP password was set</source>
        <translation>das SMTP-Passwort wurde gesetzt</translation>
    </message>
    <message>
        <source>notify.method is command, but notify.command is not usable: %1</source>
        <translation>notify.method ist command, aber notify.command ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>notify.method is smtp, but notify.smtp.url is not usable: %1</source>
        <translation>notify.method ist smtp, aber notify.smtp.url ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>notify.method is smtp, but notify.smtp.from is not set.</source>
        <translation>notify.method ist smtp, aber notify.smtp.from ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>The store is locked, so the sealed SMTP password cannot be opened. Sign in as an administrator whose password opens the store, or run “authdesk-cli unlock”.</source>
        <translation>Der Speicher ist gesperrt, daher kann das versiegelte SMTP-Passwort nicht geöffnet werden. Melden Sie sich als Administrator an, dessen Passwort den Speicher öffnet, oder führen Sie „authdesk-cli unlock“ aus.</translation>
    </message>
    <message>
        <source>The sealed SMTP password does not open with this store&apos;s key: %1</source>
        <translation>Das versiegelte SMTP-Passwort lässt sich mit dem Schlüssel dieses Speichers nicht öffnen: %1</translation>
    </message>
    <message>
        <source>An SMTP password is set but notify.smtp.username is empty: set the user name too, or remove the password.</source>
        <translation>Ein SMTP-Passwort ist gesetzt, aber notify.smtp.username ist leer: Setzen Sie auch den Benutzernamen oder entfernen Sie das Passwort.</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>No notifier is configured: set notify.method to smtp or command (see “policy show”).</source>
        <translation>Kein Benachrichtigungsdienst eingerichtet: Setzen Sie notify.method auf smtp oder command (siehe „policy show“).</translation>
    </message>
    <message>
        <source>AuthDesk test notification</source>
        <translation>AuthDesk-Testbenachrichtigung</translation>
    </message>
    <message>
        <source>This is a test message from AuthDesk, sent by %1 to check that notifications reach users.
Nothing needs to be done.</source>
        <translation>Dies ist eine Testnachricht von AuthDesk, gesendet von %1, um zu prüfen, ob Benachrichtigungen die Benutzer erreichen.
Sie müssen nichts tun.</translation>
    </message>
    <message>
        <source>sent by %1: %2</source>
        <translation>gesendet über %1: %2</translation>
    </message>
    <message>
        <source>not sent by %1: %2</source>
        <translation>nicht gesendet über %1: %2</translation>
    </message>
    <message>
        <source>Wrong username, password or code.</source>
        <translation>Falscher Benutzername, falsches Passwort oder falscher Code.</translation>
    </message>
    <message>
        <source>the store is locked: no service key is open</source>
        <translation>der Speicher ist gesperrt: Kein Dienstschlüssel ist geöffnet</translation>
    </message>
    <message>
        <source>The store&apos;s data key is not open, so logins cannot be checked: give the application a service key file (authdesk-cli keys service-slot --out FILE, then AUTHDESK_KEY_FILE=FILE).</source>
        <translation>Der Datenschlüssel des Speichers ist nicht geöffnet, daher können Anmeldungen nicht geprüft werden: Geben Sie der Anwendung eine Dienstschlüsseldatei (authdesk-cli keys service-slot --out FILE, dann AUTHDESK_KEY_FILE=FILE).</translation>
    </message>
    <message>
        <source>password too long</source>
        <translation>Passwort zu lang</translation>
    </message>
    <message numerus="yes">
        <source>locked after %n failed login(s) until %1 (credentials not checked)</source>
        <translation>
            <numerusform>nach %n fehlgeschlagener Anmeldung bis %1 gesperrt (Anmeldedaten nicht geprüft)</numerusform>
            <numerusform>nach %n fehlgeschlagenen Anmeldungen bis %1 gesperrt (Anmeldedaten nicht geprüft)</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>Dieses Konto ist deaktiviert.</translation>
    </message>
    <message>
        <source>second factor missing</source>
        <translation>zweiter Faktor fehlt</translation>
    </message>
    <message>
        <source>This account has an authenticator: give the code it shows now (or a recovery code).</source>
        <translation>Dieses Konto hat einen Authentifikator: Geben Sie den Code an, den er gerade anzeigt (oder einen Wiederherstellungscode).</translation>
    </message>
    <message>
        <source>malformed recovery code</source>
        <translation>fehlerhaft formatierter Wiederherstellungscode</translation>
    </message>
    <message>
        <source>malformed authenticator code</source>
        <translation>fehlerhaft formatierter Authentifikator-Code</translation>
    </message>
    <message>
        <source>wrong second factor</source>
        <translation>falscher zweiter Faktor</translation>
    </message>
    <message>
        <source>temporary access pass missing</source>
        <translation>befristeter Zugriffspass fehlt</translation>
    </message>
    <message>
        <source>The authenticator of this account was reset by the helpdesk: give the temporary access pass the helpdesk issued.</source>
        <translation>Der Authentifikator dieses Kontos wurde vom Helpdesk zurückgesetzt: Geben Sie den befristeten Zugriffspass an, den der Helpdesk ausgestellt hat.</translation>
    </message>
    <message>
        <source>password and second factor</source>
        <translation>Passwort und zweiter Faktor</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>That is a refresh token: it is exchanged for new tokens, it opens no session.</source>
        <translation>Das ist ein Refresh-Token: Es wird gegen neue Tokens eingetauscht und öffnet keine Sitzung.</translation>
    </message>
    <message>
        <source>That is not a session token AuthDesk issued (ads_ and 43 characters).</source>
        <translation>Das ist kein von AuthDesk ausgestelltes Sitzungstoken (ads_ und 43 Zeichen).</translation>
    </message>
    <message>
        <source>No such session: the token is unknown to this store.</source>
        <translation>Keine solche Sitzung: Das Token ist diesem Speicher unbekannt.</translation>
    </message>
    <message>
        <source>The session was ended at %1 (%2).</source>
        <translation>Die Sitzung wurde am %1 beendet (%2).</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>The session was ended at %1 by a sign-out everywhere.</source>
        <translation>Die Sitzung wurde am %1 durch eine globale Abmeldung beendet.</translation>
    </message>
    <message>
        <source>The session&apos;s account is disabled.</source>
        <translation>Das Konto der Sitzung ist deaktiviert.</translation>
    </message>
    <message>
        <source>The session expired at %1 (its absolute lifetime).</source>
        <translation>Die Sitzung ist am %1 abgelaufen (ihre absolute Lebensdauer).</translation>
    </message>
    <message>
        <source>The session expired at %1 after going unused.</source>
        <translation>Die Sitzung ist am %1 wegen Inaktivität abgelaufen.</translation>
    </message>
    <message>
        <source>That is not a session or refresh token AuthDesk issued.</source>
        <translation>Das ist kein von AuthDesk ausgestelltes Sitzungs- oder Refresh-Token.</translation>
    </message>
    <message>
        <source>The store&apos;s data key is not open here (AUTHDESK_KEY_FILE), so the logout cannot be recorded.</source>
        <translation>Der Datenschlüssel des Speichers ist hier nicht geöffnet (AUTHDESK_KEY_FILE), daher kann die Abmeldung nicht protokolliert werden.</translation>
    </message>
    <message>
        <source>The store&apos;s data key is not open here (AUTHDESK_KEY_FILE), so the change cannot be recorded.</source>
        <translation>Der Datenschlüssel des Speichers ist hier nicht geöffnet (AUTHDESK_KEY_FILE), daher kann die Änderung nicht protokolliert werden.</translation>
    </message>
    <message>
        <source>There is no session #%1.</source>
        <translation>Es gibt keine Sitzung #%1.</translation>
    </message>
    <message>
        <source>Name the service key slot (for example the application it is for).</source>
        <translation>Benennen Sie den Dienstschlüsselplatz (zum Beispiel nach der Anwendung, für die er gedacht ist).</translation>
    </message>
    <message>
        <source>There is no service key slot #%1.</source>
        <translation>Es gibt keinen Dienstschlüsselplatz #%1.</translation>
    </message>
    <message>
        <source>That is not an AuthDesk service key file.</source>
        <translation>Das ist keine AuthDesk-Dienstschlüsseldatei.</translation>
    </message>
    <message>
        <source>That service key file belongs to another store.</source>
        <translation>Diese Dienstschlüsseldatei gehört zu einem anderen Speicher.</translation>
    </message>
    <message>
        <source>The service key slot #%1 of that file was revoked: it opens nothing any more.</source>
        <translation>Der Dienstschlüsselplatz #%1 dieser Datei wurde widerrufen: Er öffnet nichts mehr.</translation>
    </message>
    <message>
        <source>That service key file does not open its slot #%1.</source>
        <translation>Diese Dienstschlüsseldatei öffnet ihren Schlüsselplatz #%1 nicht.</translation>
    </message>
    <message>
        <source>The signing key %1 names an unknown algorithm.</source>
        <translation>Der Signaturschlüssel %1 nennt einen unbekannten Algorithmus.</translation>
    </message>
    <message>
        <source>the first JWT login made the store&apos;s first signing key</source>
        <translation>die erste JWT-Anmeldung hat den ersten Signaturschlüssel des Speichers erzeugt</translation>
    </message>
    <message>
        <source>There is no signing key “%1”.</source>
        <translation>Es gibt keinen Signaturschlüssel „%1“.</translation>
    </message>
    <message>
        <source>%1 is the active signing key: rotate to a new one first (keys rotate).</source>
        <translation>%1 ist der aktive Signaturschlüssel: Rotieren Sie zuerst zu einem neuen (keys rotate).</translation>
    </message>
    <message>
        <source>The public key of %1 in the store is damaged: %2</source>
        <translation>Der öffentliche Schlüssel von %1 im Speicher ist beschädigt: %2</translation>
    </message>
    <message>
        <source>That refresh token is unknown to this store.</source>
        <translation>Dieses Refresh-Token ist diesem Speicher unbekannt.</translation>
    </message>
    <message>
        <source>That is not a refresh token AuthDesk issued (adr_ and 43 characters).</source>
        <translation>Das ist kein von AuthDesk ausgestelltes Refresh-Token (adr_ und 43 Zeichen).</translation>
    </message>
    <message>
        <source>The store&apos;s data key is not open here (AUTHDESK_KEY_FILE), so no token can be signed.</source>
        <translation>Der Datenschlüssel des Speichers ist hier nicht geöffnet (AUTHDESK_KEY_FILE), daher kann kein Token signiert werden.</translation>
    </message>
    <message>
        <source>This login was ended at %1 (%2).</source>
        <translation>Diese Anmeldung wurde am %1 beendet (%2).</translation>
    </message>
    <message>
        <source>This login was ended by a sign-out everywhere.</source>
        <translation>Diese Anmeldung wurde durch eine globale Abmeldung beendet.</translation>
    </message>
    <message>
        <source>This login expired at %1; log in again.</source>
        <translation>Diese Anmeldung ist am %1 abgelaufen; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation>Das Konto ist deaktiviert.</translation>
    </message>
    <message>
        <source>a refresh token of generation %1 was presented again after use (the family is at %2): likely stolen; the whole family was revoked</source>
        <translation>ein Refresh-Token der Generation %1 wurde nach seiner Verwendung erneut vorgelegt (die Familie ist bei %2): wahrscheinlich gestohlen; die ganze Familie wurde widerrufen</translation>
    </message>
    <message>
        <source>That refresh token was already used: the login it belongs to was ended for safety. Log in again.</source>
        <translation>Dieses Refresh-Token wurde bereits verwendet: Die zugehörige Anmeldung wurde sicherheitshalber beendet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The token&apos;s subject is not a user of this store.</source>
        <translation>Das Subjekt des Tokens ist kein Benutzer dieses Speichers.</translation>
    </message>
    <message>
        <source>The token&apos;s user no longer exists.</source>
        <translation>Der Benutzer des Tokens existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The token was revoked (its jti is on the deny list).</source>
        <translation>Das Token wurde widerrufen (seine jti steht auf der Sperrliste).</translation>
    </message>
    <message>
        <source>The login this token came from no longer exists.</source>
        <translation>Die Anmeldung, aus der dieses Token stammt, existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The login this token came from was ended at %1 (%2).</source>
        <translation>Die Anmeldung, aus der dieses Token stammt, wurde am %1 beendet (%2).</translation>
    </message>
    <message>
        <source>The token was issued before a sign-out everywhere at %1.</source>
        <translation>Das Token wurde vor einer globalen Abmeldung am %1 ausgestellt.</translation>
    </message>
    <message>
        <source>The token&apos;s account is disabled.</source>
        <translation>Das Konto des Tokens ist deaktiviert.</translation>
    </message>
    <message>
        <source>The notifier cannot be used, so no verification was sent: %1</source>
        <translation>Der Benachrichtigungsdienst kann nicht verwendet werden, daher wurde keine Bestätigungsnachricht gesendet: %1</translation>
    </message>
    <message>
        <source>No notifier is configured (notify.method), so a verification message cannot be sent.</source>
        <translation>Es ist kein Benachrichtigungsdienst eingerichtet (notify.method), daher kann keine Bestätigungsnachricht gesendet werden.</translation>
    </message>
    <message>
        <source>%1 has no email address to verify.</source>
        <translation>%1 hat keine E-Mail-Adresse, die bestätigt werden könnte.</translation>
    </message>
    <message>
        <source>Confirm your email address</source>
        <translation>Bestätigen Sie Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Give this code where you were asked to confirm it:

    %1</source>
        <translation>Geben Sie diesen Code dort ein, wo Sie zur Bestätigung aufgefordert wurden:

    %1</translation>
    </message>
    <message>
        <source>Open this link to confirm it:

    %1</source>
        <translation>Öffnen Sie diesen Link, um sie zu bestätigen:

    %1</translation>
    </message>
    <message>
        <source>Hello %1,

Please confirm that %2 is your email address. %3

It works once, until %4 (UTC). If you did not expect this message, you can ignore it.
</source>
        <translation>Hallo %1,

bitte bestätigen Sie, dass %2 Ihre E-Mail-Adresse ist. %3

Dies gilt einmalig bis %4 (UTC). Wenn Sie diese Nachricht nicht erwartet haben, können Sie sie ignorieren.
</translation>
    </message>
    <message>
        <source>(Not recorded in the audit log: %1)</source>
        <translation>(Nicht im Audit-Protokoll festgehalten: %1)</translation>
    </message>
    <message>
        <source>That is not an email verification code (adv_ and 43 characters).</source>
        <translation>Das ist kein Code zur E-Mail-Bestätigung (adv_ und 43 Zeichen).</translation>
    </message>
    <message>
        <source>That verification code is unknown to this store.</source>
        <translation>Dieser Bestätigungscode ist diesem Speicher unbekannt.</translation>
    </message>
    <message>
        <source>That verification code was already used or replaced by a newer one.</source>
        <translation>Dieser Bestätigungscode wurde bereits verwendet oder durch einen neueren ersetzt.</translation>
    </message>
    <message>
        <source>That verification code expired at %1 (UTC); ask for a new one.</source>
        <translation>Dieser Bestätigungscode ist am %1 (UTC) abgelaufen; fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <source>The email address changed after this code was sent; ask for a new one.</source>
        <translation>Die E-Mail-Adresse wurde geändert, nachdem dieser Code gesendet wurde; fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <source>No notifier is configured (notify.method), so password-reset messages cannot be sent.</source>
        <translation>Es ist kein Benachrichtigungsdienst eingerichtet (notify.method), daher können keine Nachrichten zum Zurücksetzen des Passworts gesendet werden.</translation>
    </message>
    <message>
        <source>no email address on file</source>
        <translation>keine E-Mail-Adresse hinterlegt</translation>
    </message>
    <message>
        <source>a reset message was sent less than a minute ago</source>
        <translation>vor weniger als einer Minute wurde bereits eine Nachricht zum Zurücksetzen gesendet</translation>
    </message>
    <message>
        <source>reset message requested</source>
        <translation>Nachricht zum Zurücksetzen angefordert</translation>
    </message>
    <message>
        <source>Reset your password</source>
        <translation>Setzen Sie Ihr Passwort zurück</translation>
    </message>
    <message>
        <source>Give this code where you asked for the reset:

    %1</source>
        <translation>Geben Sie diesen Code dort ein, wo Sie das Zurücksetzen angefordert haben:

    %1</translation>
    </message>
    <message>
        <source>Open this link to choose a new password:

    %1</source>
        <translation>Öffnen Sie diesen Link, um ein neues Passwort zu wählen:

    %1</translation>
    </message>
    <message>
        <source>Hello %1,

Someone asked to reset the password of your account %2. %3

It works once, until %4 (UTC). If it was not you, ignore this message: your password stays as it is.
</source>
        <translation>Hallo %1,

jemand hat angefordert, das Passwort Ihres Kontos %2 zurückzusetzen. %3

Dies gilt einmalig bis %4 (UTC). Wenn Sie das nicht waren, ignorieren Sie diese Nachricht: Ihr Passwort bleibt unverändert.
</translation>
    </message>
    <message>
        <source>That is not a password-reset code (adp_ and 43 characters).</source>
        <translation>Das ist kein Code zum Zurücksetzen des Passworts (adp_ und 43 Zeichen).</translation>
    </message>
    <message>
        <source>That password-reset code is unknown to this store.</source>
        <translation>Dieser Code zum Zurücksetzen des Passworts ist diesem Speicher unbekannt.</translation>
    </message>
    <message>
        <source>That password-reset code was already used or replaced.</source>
        <translation>Dieser Code zum Zurücksetzen des Passworts wurde bereits verwendet oder ersetzt.</translation>
    </message>
    <message>
        <source>That password-reset code expired at %1 (UTC); ask for a new one.</source>
        <translation>Dieser Code zum Zurücksetzen des Passworts ist am %1 (UTC) abgelaufen; fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <source>with a reset code sent to %1</source>
        <translation>mit einem an %1 gesendeten Code zum Zurücksetzen</translation>
    </message>
</context>
<context>
    <name>MailMessage</name>
    <message>
        <source>The %1 address contains a control character (such as a line break), which could add headers to the message: refused.</source>
        <translation>Die Adresse (%1) enthält ein Steuerzeichen (etwa einen Zeilenumbruch), das der Nachricht Header hinzufügen könnte: abgelehnt.</translation>
    </message>
    <message>
        <source>The %1 address is refused: %2</source>
        <translation>Die Adresse (%1) wird abgelehnt: %2</translation>
    </message>
    <message>
        <source>The %1 address “%2” has non-ASCII characters, which AuthDesk cannot send to (SMTPUTF8 is not supported).</source>
        <translation>Die Adresse (%1) „%2“ enthält Nicht-ASCII-Zeichen, an die AuthDesk nicht senden kann (SMTPUTF8 wird nicht unterstützt).</translation>
    </message>
    <message>
        <source>The %1 contains a control character (such as a line break), which could add headers to the message: refused.</source>
        <translation>Das Feld „%1“ enthält ein Steuerzeichen (etwa einen Zeilenumbruch), das der Nachricht Header hinzufügen könnte: abgelehnt.</translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <translation>Das Feld „%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>recipient&apos;s name</source>
        <translation>Name des Empfängers</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>The notification has no subject.</source>
        <translation>Die Benachrichtigung hat keinen Betreff.</translation>
    </message>
</context>
<context>
    <name>Otp</name>
    <message>
        <source>The one-time password algorithm is not SHA1, SHA256 or SHA512.</source>
        <translation>Der Einmalpasswort-Algorithmus ist nicht SHA1, SHA256 oder SHA512.</translation>
    </message>
    <message>
        <source>One-time passwords of %1 digits are not supported; use 6 or 8 digits.</source>
        <translation>Einmalpasswörter mit %1 Ziffern werden nicht unterstützt; verwenden Sie 6 oder 8 Ziffern.</translation>
    </message>
    <message>
        <source>A time step of %1 seconds is not supported; use 1 to %2 seconds (normally 30).</source>
        <translation>Ein Zeitschritt von %1 Sekunden wird nicht unterstützt; verwenden Sie 1 bis %2 Sekunden (üblich sind 30).</translation>
    </message>
    <message>
        <source>No code was entered; it needs %1 digits.</source>
        <translation>Es wurde kein Code eingegeben; er braucht %1 Ziffern.</translation>
    </message>
    <message>
        <source>The code may contain only the digits 0 to 9 (and one space or hyphen in the middle).</source>
        <translation>Der Code darf nur die Ziffern 0 bis 9 enthalten (und ein Leerzeichen oder einen Bindestrich in der Mitte).</translation>
    </message>
    <message numerus="yes">
        <source>The code has %n digit(s); it needs %1.</source>
        <translation>
            <numerusform>Der Code hat %n Ziffer; er braucht %1.</numerusform>
            <numerusform>Der Code hat %n Ziffern; er braucht %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code may be split only once, in the middle (as in 123 456).</source>
        <translation>Der Code darf nur einmal geteilt werden, in der Mitte (wie in 123 456).</translation>
    </message>
</context>
<context>
    <name>OtpAuthUri</name>
    <message>
        <source>The secret is %1 bytes (%2 bits); it needs at least %3 bytes (%4 bits).</source>
        <translation>Das Geheimnis ist %1 Bytes (%2 Bit) lang; es braucht mindestens %3 Bytes (%4 Bit).</translation>
    </message>
    <message>
        <source>The issuer is empty; authenticator apps show it beside the account name.</source>
        <translation>Der Aussteller ist leer; Authenticator-Apps zeigen ihn neben dem Kontonamen an.</translation>
    </message>
    <message>
        <source>The account name is empty.</source>
        <translation>Der Kontoname ist leer.</translation>
    </message>
    <message>
        <source>The issuer “%1” contains a colon (:), which separates issuer and account in a key URI.</source>
        <translation>Der Aussteller „%1“ enthält einen Doppelpunkt (:), der in einer Schlüssel-URI Aussteller und Konto trennt.</translation>
    </message>
    <message>
        <source>The account name “%1” contains a colon (:), which separates issuer and account in a key URI.</source>
        <translation>Der Kontoname „%1“ enthält einen Doppelpunkt (:), der in einer Schlüssel-URI Aussteller und Konto trennt.</translation>
    </message>
    <message>
        <source>The issuer “%1” starts or ends with a space.</source>
        <translation>Der Aussteller „%1“ beginnt oder endet mit einem Leerzeichen.</translation>
    </message>
    <message>
        <source>The account name “%1” starts or ends with a space.</source>
        <translation>Der Kontoname „%1“ beginnt oder endet mit einem Leerzeichen.</translation>
    </message>
    <message>
        <source>The %1 parameter of the key URI must be a whole number (found “%2”).</source>
        <translation>Der Parameter %1 der Schlüssel-URI muss eine ganze Zahl sein (gefunden: „%2“).</translation>
    </message>
    <message>
        <source>The key URI type “%1” is not supported; use totp or hotp.</source>
        <translation>Der Schlüssel-URI-Typ „%1“ wird nicht unterstützt; verwenden Sie totp oder hotp.</translation>
    </message>
    <message>
        <source>The key URI could not be built.</source>
        <translation>Die Schlüssel-URI konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The key URI is not a valid URI.</source>
        <translation>Die Schlüssel-URI ist keine gültige URI.</translation>
    </message>
    <message>
        <source>A key URI starts with otpauth:// (this one has the scheme “%1”).</source>
        <translation>Eine Schlüssel-URI beginnt mit otpauth:// (diese hat das Schema „%1“).</translation>
    </message>
    <message>
        <source>The label “%1” has %2 colons; it may have one, between issuer and account.</source>
        <translation>Die Bezeichnung „%1“ hat %2 Doppelpunkte; erlaubt ist einer, zwischen Aussteller und Konto.</translation>
    </message>
    <message>
        <source>The label has a colon but no issuer before it.</source>
        <translation>Die Bezeichnung hat einen Doppelpunkt, aber keinen Aussteller davor.</translation>
    </message>
    <message>
        <source>The key URI has no account name in its label.</source>
        <translation>Die Schlüssel-URI hat keinen Kontonamen in ihrer Bezeichnung.</translation>
    </message>
    <message>
        <source>The key URI gives the %1 parameter more than once.</source>
        <translation>Die Schlüssel-URI gibt den Parameter %1 mehr als einmal an.</translation>
    </message>
    <message>
        <source>The issuer in the label (“%1”) differs from the issuer parameter (“%2”).</source>
        <translation>Der Aussteller in der Bezeichnung („%1“) weicht vom Parameter issuer („%2“) ab.</translation>
    </message>
    <message>
        <source>The key URI has no secret parameter.</source>
        <translation>Die Schlüssel-URI hat keinen Parameter secret.</translation>
    </message>
    <message>
        <source>The secret in the key URI is not valid base32: %1</source>
        <translation>Das Geheimnis in der Schlüssel-URI ist kein gültiges Base32: %1</translation>
    </message>
    <message>
        <source>The algorithm “%1” is not supported; use SHA1, SHA256 or SHA512.</source>
        <translation>Der Algorithmus „%1“ wird nicht unterstützt; verwenden Sie SHA1, SHA256 oder SHA512.</translation>
    </message>
    <message>
        <source>An hotp key URI needs a counter parameter.</source>
        <translation>Eine hotp-Schlüssel-URI braucht einen Parameter counter.</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password hash uses parameters outside the accepted limits (memory ≤ %1 KiB, iterations ≤ %2, parallelism ≤ %3).</source>
        <translation>Der Passwort-Hash verwendet Parameter außerhalb der zulässigen Grenzen (Speicher ≤ %1 KiB, Iterationen ≤ %2, Parallelität ≤ %3).</translation>
    </message>
    <message>
        <source>The password hash could not be checked: %1</source>
        <translation>Der Passwort-Hash konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>The PBKDF2 iteration count must be a decimal number.</source>
        <translation>Die PBKDF2-Iterationszahl muss eine Dezimalzahl sein.</translation>
    </message>
    <message>
        <source>The PBKDF2 iteration count %1 is above the accepted maximum of %2.</source>
        <translation>Die PBKDF2-Iterationszahl %1 liegt über dem zulässigen Höchstwert von %2.</translation>
    </message>
    <message>
        <source>The PBKDF2 iteration count must be at least 1.</source>
        <translation>Die PBKDF2-Iterationszahl muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>The PBKDF2 hash uses only %1 iterations (fewer than %2): too fast to protect the password; a password reset is required.</source>
        <translation>Der PBKDF2-Hash verwendet nur %1 Iterationen (weniger als %2): zu schnell, um das Passwort zu schützen; ein Zurücksetzen des Passworts ist erforderlich.</translation>
    </message>
    <message>
        <source>Argon2d is not accepted for password hashes; only Argon2id and Argon2i are.</source>
        <translation>Argon2d wird für Passwort-Hashes nicht akzeptiert; akzeptiert werden nur Argon2id und Argon2i.</translation>
    </message>
    <message>
        <source>Not an Argon2 PHC string: it must start with $argon2id$v=19$ or $argon2i$v=19$ (only Argon2 version 19 is accepted).</source>
        <translation>Keine Argon2-PHC-Zeichenkette: Sie muss mit $argon2id$v=19$ oder $argon2i$v=19$ beginnen (nur Argon2-Version 19 wird akzeptiert).</translation>
    </message>
    <message>
        <source>Not an Argon2 PHC string: expected $argon2id$v=19$m=&lt;KiB&gt;,t=&lt;passes&gt;,p=&lt;lanes&gt;$&lt;salt&gt;$&lt;hash&gt;, salt and hash in unpadded base64.</source>
        <translation>Keine Argon2-PHC-Zeichenkette: erwartet wird $argon2id$v=19$m=&lt;KiB&gt;,t=&lt;Durchläufe&gt;,p=&lt;Lanes&gt;$&lt;Salt&gt;$&lt;Hash&gt;, Salt und Hash in Base64 ohne Auffüllzeichen.</translation>
    </message>
    <message>
        <source>Not an Argon2 PHC string: the salt and hash must be canonical unpadded base64.</source>
        <translation>Keine Argon2-PHC-Zeichenkette: Salt und Hash müssen kanonisches Base64 ohne Auffüllzeichen sein.</translation>
    </message>
    <message>
        <source>Not a bcrypt hash: the variant must be $2a$, $2b$ or $2y$.</source>
        <translation>Kein bcrypt-Hash: Die Variante muss $2a$, $2b$ oder $2y$ sein.</translation>
    </message>
    <message>
        <source>Not a bcrypt hash: the cost must be two digits followed by $.</source>
        <translation>Kein bcrypt-Hash: Der Kostenfaktor muss aus zwei Ziffern gefolgt von $ bestehen.</translation>
    </message>
    <message>
        <source>Not a bcrypt hash: salt and checksum must be 53 characters (22 + 31), not %1.</source>
        <translation>Kein bcrypt-Hash: Salt und Prüfsumme müssen 53 Zeichen lang sein (22 + 31), nicht %1.</translation>
    </message>
    <message>
        <source>Not a bcrypt hash: salt and checksum may use only the characters ./A-Za-z0-9.</source>
        <translation>Kein bcrypt-Hash: Salt und Prüfsumme dürfen nur die Zeichen ./A-Za-z0-9 enthalten.</translation>
    </message>
    <message>
        <source>bcrypt $2x$ marks hashes made by an implementation with a known bug in its handling of 8-bit characters; a password reset is required.</source>
        <translation>bcrypt $2x$ kennzeichnet Hashes einer Implementierung mit einem bekannten Fehler bei der Verarbeitung von 8-Bit-Zeichen; ein Zurücksetzen des Passworts ist erforderlich.</translation>
    </message>
    <message>
        <source>bcrypt $2$ is the obsolete original variant, ambiguous for non-ASCII passwords; a password reset is required.</source>
        <translation>bcrypt $2$ ist die veraltete ursprüngliche Variante und bei Nicht-ASCII-Passwörtern mehrdeutig; ein Zurücksetzen des Passworts ist erforderlich.</translation>
    </message>
    <message>
        <source>The bcrypt cost %1 is outside the accepted range %2 to %3.</source>
        <translation>Der bcrypt-Kostenfaktor %1 liegt außerhalb des zulässigen Bereichs von %2 bis %3.</translation>
    </message>
    <message>
        <source>Not a Django PBKDF2 hash: expected pbkdf2_sha256$&lt;iterations&gt;$&lt;salt&gt;$&lt;hash&gt;.</source>
        <translation>Kein Django-PBKDF2-Hash: erwartet wird pbkdf2_sha256$&lt;Iterationen&gt;$&lt;Salt&gt;$&lt;Hash&gt;.</translation>
    </message>
    <message>
        <source>The Django PBKDF2 hash has an empty salt.</source>
        <translation>Der Django-PBKDF2-Hash hat ein leeres Salt.</translation>
    </message>
    <message>
        <source>The Django PBKDF2 hash must end in 44 characters of base64 (32 bytes).</source>
        <translation>Der Django-PBKDF2-Hash muss auf 44 Base64-Zeichen (32 Bytes) enden.</translation>
    </message>
    <message>
        <source>Not a passlib PBKDF2 hash: expected $pbkdf2-sha256$&lt;rounds&gt;$&lt;salt&gt;$&lt;checksum&gt;.</source>
        <translation>Kein passlib-PBKDF2-Hash: erwartet wird $pbkdf2-sha256$&lt;Runden&gt;$&lt;Salt&gt;$&lt;Prüfsumme&gt;.</translation>
    </message>
    <message>
        <source>The passlib PBKDF2 salt must be non-empty adapted base64 (A-Za-z0-9./, no padding).</source>
        <translation>Das passlib-PBKDF2-Salt muss nichtleeres angepasstes Base64 sein (A-Za-z0-9./, ohne Auffüllzeichen).</translation>
    </message>
    <message>
        <source>The passlib PBKDF2 checksum must be 43 characters of adapted base64 (32 bytes).</source>
        <translation>Die passlib-PBKDF2-Prüfsumme muss aus 43 Zeichen angepasstem Base64 (32 Bytes) bestehen.</translation>
    </message>
    <message>
        <source>Not a Better Auth scrypt hash: expected &lt;salt&gt;:&lt;key&gt; with exactly one colon.</source>
        <translation>Kein Better-Auth-scrypt-Hash: erwartet wird &lt;Salt&gt;:&lt;Schlüssel&gt; mit genau einem Doppelpunkt.</translation>
    </message>
    <message>
        <source>The scrypt salt must be 32 lowercase hex characters.</source>
        <translation>Das scrypt-Salt muss aus 32 Hex-Zeichen in Kleinbuchstaben bestehen.</translation>
    </message>
    <message>
        <source>The scrypt key must be 128 lowercase hex characters (64 bytes).</source>
        <translation>Der scrypt-Schlüssel muss aus 128 Hex-Zeichen in Kleinbuchstaben (64 Bytes) bestehen.</translation>
    </message>
    <message>
        <source>Not a Django %1 hash: expected %2$&lt;salt&gt;$&lt;%3 hex characters&gt;.</source>
        <translation>Kein Django-%1-Hash: erwartet wird %2$&lt;Salt&gt;$&lt;%3 Hex-Zeichen&gt;.</translation>
    </message>
    <message>
        <source>A Django %1 hash is a single fast digest; a password reset is required.</source>
        <translation>Ein Django-%1-Hash ist ein einzelner schneller Hashwert; ein Zurücksetzen des Passworts ist erforderlich.</translation>
    </message>
    <message>
        <source>Not a Django unsalted %1 hash: expected %2 hex characters.</source>
        <translation>Kein Django-%1-Hash ohne Salt: erwartet werden %2 Hex-Zeichen.</translation>
    </message>
    <message>
        <source>An unsalted %1 digest protects nothing; a password reset is required.</source>
        <translation>Ein %1-Hashwert ohne Salt schützt nichts; ein Zurücksetzen des Passworts ist erforderlich.</translation>
    </message>
    <message>
        <source>Not a Django crypt hash: expected crypt$&lt;salt&gt;$&lt;crypt output&gt;.</source>
        <translation>Kein Django-crypt-Hash: erwartet wird crypt$&lt;Salt&gt;$&lt;crypt-Ausgabe&gt;.</translation>
    </message>
    <message>
        <source>A Django crypt hash is traditional DES crypt (8 characters, 12-bit salt); a password reset is required.</source>
        <translation>Ein Django-crypt-Hash ist klassisches DES-crypt (8 Zeichen, 12-Bit-Salt); ein Zurücksetzen des Passworts ist erforderlich.</translation>
    </message>
    <message>
        <source>The password hash is in no supported format (Argon2 PHC, bcrypt, Better Auth scrypt, Django, passlib PBKDF2-SHA256).</source>
        <translation>Der Passwort-Hash hat kein unterstütztes Format (Argon2 PHC, bcrypt, Better Auth scrypt, Django, passlib PBKDF2-SHA256).</translation>
    </message>
    <message>
        <source>The password hash scheme “%1” is not supported.</source>
        <translation>Das Passwort-Hash-Verfahren „%1“ wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Not an LDAP %1 hash: expected the base64 of a %2-byte digest after the scheme.</source>
        <translation>Kein LDAP-%1-Hash: Nach der Schema-Angabe wird das Base64 eines %2-Byte-Hashwerts erwartet.</translation>
    </message>
    <message>
        <source>An LDAP %1 hash is an unsalted digest; a password reset is required.</source>
        <translation>Ein LDAP-%1-Hash ist ein Hashwert ohne Salt; ein Zurücksetzen des Passworts ist erforderlich.</translation>
    </message>
    <message>
        <source>The password hash is empty.</source>
        <translation>Der Passwort-Hash ist leer.</translation>
    </message>
    <message>
        <source>The password hash is %1 characters long; at most %2 are accepted.</source>
        <translation>Der Passwort-Hash ist %1 Zeichen lang; akzeptiert werden höchstens %2.</translation>
    </message>
    <message>
        <source>The password hash contains a control character at position %1.</source>
        <translation>Der Passwort-Hash enthält an Position %1 ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>The password hash contains a non-ASCII character at position %1; no supported format uses one.</source>
        <translation>Der Passwort-Hash enthält an Position %1 ein Nicht-ASCII-Zeichen; kein unterstütztes Format verwendet solche Zeichen.</translation>
    </message>
    <message>
        <source>Not an MD5-crypt hash: expected $1$&lt;salt of up to 8 characters&gt;$&lt;22 characters&gt;.</source>
        <translation>Kein MD5-crypt-Hash: erwartet wird $1$&lt;Salt mit bis zu 8 Zeichen&gt;$&lt;22 Zeichen&gt;.</translation>
    </message>
    <message>
        <source>MD5-crypt ($1$) is fast and long broken; a password reset is required.</source>
        <translation>MD5-crypt ($1$) ist schnell und seit Langem gebrochen; ein Zurücksetzen des Passworts ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 hex characters match no known digest (MD5 has 32, SHA-1 40, SHA-256 64).</source>
        <translation>%1 Hex-Zeichen passen zu keinem bekannten Hash-Verfahren (MD5 hat 32, SHA-1 40, SHA-256 64).</translation>
    </message>
    <message>
        <source>An unsalted hex digest (%1) protects nothing; a password reset is required.</source>
        <translation>Ein Hex-Hashwert ohne Salt (%1) schützt nichts; ein Zurücksetzen des Passworts ist erforderlich.</translation>
    </message>
    <message>
        <source>The password hash could not be checked.</source>
        <translation>Der Passwort-Hash konnte nicht geprüft werden.</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>%1 must be a whole number, not “%2”.</source>
        <translation>%1 muss eine ganze Zahl sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, not %4.</source>
        <translation>%1 muss zwischen %2 und %3 liegen, nicht %4.</translation>
    </message>
    <message>
        <source>%1 must be true or false (or on/off, 1/0), not “%2”.</source>
        <translation>%1 muss true oder false sein (oder on/off, 1/0), nicht „%2“.</translation>
    </message>
    <message>
        <source>The password contains the account&apos;s username, and what is left without it is too short or too common.</source>
        <translation>Das Passwort enthält den Benutzernamen des Kontos, und ohne ihn ist der Rest zu kurz oder zu gebräuchlich.</translation>
    </message>
    <message>
        <source>The password contains the name part of the account&apos;s email address, and what is left without it is too short or too common.</source>
        <translation>Das Passwort enthält den Namensteil der E-Mail-Adresse des Kontos, und ohne ihn ist der Rest zu kurz oder zu gebräuchlich.</translation>
    </message>
    <message>
        <source>The password contains part of the account&apos;s display name, and what is left without it is too short or too common.</source>
        <translation>Das Passwort enthält einen Teil des Anzeigenamens des Kontos, und ohne ihn ist der Rest zu kurz oder zu gebräuchlich.</translation>
    </message>
    <message>
        <source>The password contains the product name “AuthDesk”, and what is left without it is too short or too common.</source>
        <translation>Das Passwort enthält den Produktnamen „AuthDesk“, und ohne ihn ist der Rest zu kurz oder zu gebräuchlich.</translation>
    </message>
    <message>
        <source>Minimum password length, in characters, for accounts without multi-factor authentication (%1 to %2; NIST asks for 15).</source>
        <translation>Mindestlänge des Passworts in Zeichen für Konten ohne Multi-Faktor-Authentifizierung (%1 bis %2; NIST verlangt 15).</translation>
    </message>
    <message>
        <source>Minimum password length, in characters, for accounts with multi-factor authentication (%1 up to the minimum above; NIST asks for 8).</source>
        <translation>Mindestlänge des Passworts in Zeichen für Konten mit Multi-Faktor-Authentifizierung (%1 bis zur Mindestlänge oben; NIST verlangt 8).</translation>
    </message>
    <message>
        <source>Maximum password length, in characters (%1 to %2); longer input is refused before any work is done on it.</source>
        <translation>Höchstlänge des Passworts in Zeichen (%1 bis %2); längere Eingaben werden abgelehnt, bevor sie verarbeitet werden.</translation>
    </message>
    <message>
        <source>Require an upper-case letter, a lower-case letter, a digit and a special character (off by default, as NIST recommends).</source>
        <translation>Einen Großbuchstaben, einen Kleinbuchstaben, eine Ziffer und ein Sonderzeichen verlangen (standardmäßig aus, wie NIST empfiehlt).</translation>
    </message>
    <message>
        <source>Refuse passwords on the list of commonly used passwords, also with digits or symbols added at the end.</source>
        <translation>Passwörter von der Liste häufig verwendeter Passwörter ablehnen, auch mit angehängten Ziffern oder Symbolen.</translation>
    </message>
    <message>
        <source>Refuse passwords built on the username, the name part of the email address, the display name or the product name.</source>
        <translation>Passwörter ablehnen, die auf dem Benutzernamen, dem Namensteil der E-Mail-Adresse, dem Anzeigenamen oder dem Produktnamen beruhen.</translation>
    </message>
    <message>
        <source>%1 cannot be below %2 (now %3): lower that one first.</source>
        <translation>%1 darf nicht unter %2 (jetzt %3) liegen: Senken Sie zuerst diesen Wert.</translation>
    </message>
    <message>
        <source>“%1” is not a password policy setting; they are: %2.</source>
        <translation>„%1“ ist keine Einstellung der Passwortrichtlinie; es gibt: %2.</translation>
    </message>
    <message numerus="yes">
        <source>The password is too long: at most %n character(s).</source>
        <translation>
            <numerusform>Das Passwort ist zu lang: höchstens %n Zeichen.</numerusform>
            <numerusform>Das Passwort ist zu lang: höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password contains a control character (such as a tab or a line break); letters, digits, symbols, spaces and emoji are all allowed.</source>
        <translation>Das Passwort enthält ein Steuerzeichen (etwa einen Tabulator oder Zeilenumbruch); Buchstaben, Ziffern, Symbole, Leerzeichen und Emoji sind alle erlaubt.</translation>
    </message>
    <message>
        <source>The password contains an invalid character (an unpaired UTF-16 surrogate).</source>
        <translation>Das Passwort enthält ein ungültiges Zeichen (ein einzelnes UTF-16-Surrogat).</translation>
    </message>
    <message numerus="yes">
        <source>The password is too short: at least %n character(s) for an account with multi-factor authentication.</source>
        <translation>
            <numerusform>Das Passwort ist zu kurz: mindestens %n Zeichen für ein Konto mit Multi-Faktor-Authentifizierung.</numerusform>
            <numerusform>Das Passwort ist zu kurz: mindestens %n Zeichen für ein Konto mit Multi-Faktor-Authentifizierung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password is too short: at least %n character(s) for an account without multi-factor authentication (%1 once it has it).</source>
        <translation>
            <numerusform>Das Passwort ist zu kurz: mindestens %n Zeichen für ein Konto ohne Multi-Faktor-Authentifizierung (%1, sobald es sie hat).</numerusform>
            <numerusform>Das Passwort ist zu kurz: mindestens %n Zeichen für ein Konto ohne Multi-Faktor-Authentifizierung (%1, sobald es sie hat).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password is too short: at least %n character(s).</source>
        <translation>
            <numerusform>Das Passwort ist zu kurz: mindestens %n Zeichen.</numerusform>
            <numerusform>Das Passwort ist zu kurz: mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>an upper-case letter</source>
        <translation>einen Großbuchstaben</translation>
    </message>
    <message>
        <source>a lower-case letter</source>
        <translation>einen Kleinbuchstaben</translation>
    </message>
    <message>
        <source>a digit</source>
        <translation>eine Ziffer</translation>
    </message>
    <message>
        <source>a special character (punctuation, a symbol or a space)</source>
        <translation>ein Sonderzeichen (Satzzeichen, Symbol oder Leerzeichen)</translation>
    </message>
    <message>
        <source>The password policy requires an upper-case letter, a lower-case letter, a digit and a special character; this password lacks %1.</source>
        <translation>Die Passwortrichtlinie verlangt einen Großbuchstaben, einen Kleinbuchstaben, eine Ziffer und ein Sonderzeichen; diesem Passwort fehlt: %1.</translation>
    </message>
    <message>
        <source>The password is on the list of commonly used passwords.</source>
        <translation>Das Passwort steht auf der Liste häufig verwendeter Passwörter.</translation>
    </message>
    <message>
        <source>The password is a commonly used password with digits, punctuation or symbols added at the end.</source>
        <translation>Das Passwort ist ein häufig verwendetes Passwort mit angehängten Ziffern, Satzzeichen oder Symbolen.</translation>
    </message>
</context>
<context>
    <name>PermissionMatrixModel</name>
    <message>
        <source>grant %1 to %2</source>
        <translation>%1 für %2 gewähren</translation>
    </message>
    <message>
        <source>revoke %1 from %2</source>
        <translation>%1 von %2 entziehen</translation>
    </message>
    <message>
        <source>Changes are being applied; wait until they are done.</source>
        <translation>Änderungen werden angewendet; warten Sie, bis sie abgeschlossen sind.</translation>
    </message>
    <message>
        <source>Your own console permissions could not be read, so nothing can be changed here: %1</source>
        <translation>Ihre eigenen Konsolenberechtigungen konnten nicht gelesen werden, daher kann hier nichts geändert werden: %1</translation>
    </message>
    <message>
        <source>You cannot change roles: that needs the console permission %1, which you do not have.</source>
        <translation>Sie können keine Rollen ändern: Dafür ist die Konsolenberechtigung %1 nötig, die Sie nicht haben.</translation>
    </message>
    <message>
        <source>The role %1 holds %2, which you do not have; you cannot change it.</source>
        <translation>Die Rolle %1 gewährt %2, das Sie selbst nicht haben; Sie können sie nicht ändern.</translation>
    </message>
    <message>
        <source>You cannot grant or revoke %1, which you do not hold yourself.</source>
        <translation>Sie können %1 nicht gewähren oder entziehen, da Sie es selbst nicht haben.</translation>
    </message>
    <message>
        <source>The owner role always keeps every console permission.</source>
        <translation>Die Eigentümerrolle behält immer alle Konsolenberechtigungen.</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>%1 has %2</source>
        <translation>%1 hat %2</translation>
    </message>
    <message>
        <source>%1 does not have %2</source>
        <translation>%1 hat %2 nicht</translation>
    </message>
    <message>
        <source>pending until applied</source>
        <translation>ausstehend bis zum Anwenden</translation>
    </message>
    <message>
        <source>Pending: %1 will be granted to %2 when you apply.</source>
        <translation>Ausstehend: %1 wird %2 beim Anwenden gewährt.</translation>
    </message>
    <message>
        <source>Pending: %1 will be revoked from %2 when you apply.</source>
        <translation>Ausstehend: %1 wird %2 beim Anwenden entzogen.</translation>
    </message>
    <message>
        <source>Console permission: %1</source>
        <translation>Konsolenberechtigung: %1</translation>
    </message>
    <message>
        <source>Application permission: %1</source>
        <translation>Anwendungsberechtigung: %1</translation>
    </message>
    <message>
        <source>%1 (built-in role)</source>
        <translation>%1 (integrierte Rolle)</translation>
    </message>
    <message>
        <source>The directory is gone.</source>
        <translation>Das Verzeichnis ist nicht mehr verfügbar.</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>There is no text to put in the QR code.</source>
        <translation>Es gibt keinen Text für den QR-Code.</translation>
    </message>
    <message>
        <source>The QR code text contains a NUL byte.</source>
        <translation>Der Text des QR-Codes enthält ein NUL-Byte.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes).</source>
        <translation>Der Text ist zu lang für einen QR-Code (%1 Bytes).</translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>Der QR-Code konnte nicht erzeugt werden.</translation>
    </message>
</context>
<context>
    <name>QrImage</name>
    <message>
        <source>There is no QR code to save.</source>
        <translation>Es gibt keinen QR-Code zum Speichern.</translation>
    </message>
    <message>
        <source>There is no QR code to save: %1</source>
        <translation>Es gibt keinen QR-Code zum Speichern: %1</translation>
    </message>
    <message>
        <source>A QR code of %1 modules cannot be drawn at %2 pixels per module (1 to %3 pixels wide in all).</source>
        <translation>Ein QR-Code mit %1 Modulen kann nicht mit %2 Pixeln pro Modul gezeichnet werden (insgesamt 1 bis %3 Pixel breit).</translation>
    </message>
    <message>
        <source>Cannot write the QR code image %1: %2</source>
        <translation>Das QR-Code-Bild %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>There are no recovery codes to put on the sheet.</source>
        <translation>Es gibt keine Wiederherstellungscodes für das Blatt.</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Use one of these codes to sign in when your authenticator app is not at hand. Each code works only once: cross it out after use. Keep this sheet somewhere safe and private, apart from your phone; anyone with a code and your password can sign in as you. When the codes run out or the sheet is lost, ask an administrator for new ones; the old codes then stop working.</source>
        <translation>Verwenden Sie einen dieser Codes zur Anmeldung, wenn Ihre Authenticator-App nicht zur Hand ist. Jeder Code funktioniert nur einmal: Streichen Sie ihn nach der Verwendung durch. Bewahren Sie dieses Blatt sicher und vertraulich auf, getrennt von Ihrem Telefon; wer einen Code und Ihr Passwort hat, kann sich als Sie anmelden. Wenn die Codes aufgebraucht sind oder das Blatt verloren geht, bitten Sie einen Administrator um neue; die alten Codes funktionieren dann nicht mehr.</translation>
    </message>
    <message>
        <source>%1 recovery code %2 of %3</source>
        <translation>%1 – Wiederherstellungscode %2 von %3</translation>
    </message>
    <message>
        <source>Works once. Used on: ____________</source>
        <translation>Nur einmal gültig. Verwendet am: ____________</translation>
    </message>
    <message>
        <source>Cut along the dashed lines to keep the codes apart. Made with AuthDesk.</source>
        <translation>Entlang der gestrichelten Linien ausschneiden, um die Codes zu trennen. Erstellt mit AuthDesk.</translation>
    </message>
    <message>
        <source>Recovery codes for %1</source>
        <translation>Wiederherstellungscodes für %1</translation>
    </message>
    <message>
        <source>Cannot write the recovery sheet %1.</source>
        <translation>Das Wiederherstellungsblatt %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write the recovery sheet %1: %2</source>
        <translation>Das Wiederherstellungsblatt %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>%1 is a database, but not an AuthDesk store.</source>
        <translation>%1 ist eine Datenbank, aber kein AuthDesk-Speicher.</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer AuthDesk (schema %2; this version knows up to %3). Update AuthDesk to open it.</source>
        <translation>Der Speicher %1 wurde von einer neueren AuthDesk-Version geschrieben (Schema %2; diese Version kennt bis %3). Aktualisieren Sie AuthDesk, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer AuthDesk.</source>
        <translation>Der Speicher %1 wurde von einer neueren AuthDesk-Version geschrieben.</translation>
    </message>
</context>
<context>
    <name>SecretBox</name>
    <message>
        <source>An encrypted secret in the store is damaged (unknown format).</source>
        <translation>Ein verschlüsseltes Geheimnis im Speicher ist beschädigt (unbekanntes Format).</translation>
    </message>
    <message>
        <source>An encrypted secret does not open with this key: wrong key, or the secret was altered.</source>
        <translation>Ein verschlüsseltes Geheimnis lässt sich mit diesem Schlüssel nicht öffnen: falscher Schlüssel, oder das Geheimnis wurde verändert.</translation>
    </message>
</context>
<context>
    <name>SmtpNotifier</name>
    <message>
        <source>no reply</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>The SMTP server&apos;s name “%1” could not be resolved (%2).</source>
        <translation>Der Name des SMTP-Servers „%1“ konnte nicht aufgelöst werden (%2).</translation>
    </message>
    <message>
        <source>The connection was refused by %1 (%2).</source>
        <translation>Die Verbindung wurde von %1 abgelehnt (%2).</translation>
    </message>
    <message>
        <source>No answer from the SMTP server %1 within %2 s.</source>
        <translation>Keine Antwort vom SMTP-Server %1 innerhalb von %2 s.</translation>
    </message>
    <message>
        <source>The SMTP server&apos;s certificate is not trusted (%1). Nothing was sent. For a self-hosted server, give its CA certificate in notify.smtp.ca_file.</source>
        <translation>Dem Zertifikat des SMTP-Servers wird nicht vertraut (%1). Es wurde nichts gesendet. Geben Sie für einen selbst betriebenen Server dessen CA-Zertifikat in notify.smtp.ca_file an.</translation>
    </message>
    <message>
        <source>The TLS handshake with the SMTP server %1 failed (%2). Nothing was sent.</source>
        <translation>Der TLS-Handshake mit dem SMTP-Server %1 ist fehlgeschlagen (%2). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The CA file “%1” (notify.smtp.ca_file) cannot be read as PEM certificates (%2).</source>
        <translation>Die CA-Datei „%1“ (notify.smtp.ca_file) kann nicht als PEM-Zertifikate gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The SMTP server %1 does not offer STARTTLS, and AuthDesk never sends mail unencrypted. Nothing was sent. Use an smtps:// URL if the server has implicit TLS.</source>
        <translation>Der SMTP-Server %1 bietet kein STARTTLS an, und AuthDesk sendet E-Mails nie unverschlüsselt. Es wurde nichts gesendet. Verwenden Sie eine smtps://-URL, wenn der Server implizites TLS hat.</translation>
    </message>
    <message>
        <source>The SMTP server refused the username or password (notify.smtp.username, notify set-password): %1</source>
        <translation>Der SMTP-Server hat den Benutzernamen oder das Passwort abgelehnt (notify.smtp.username, notify set-password): %1</translation>
    </message>
    <message>
        <source>The server refused the recipient: %1</source>
        <translation>Der Server hat den Empfänger abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server refused the sender (notify.smtp.from): %1</source>
        <translation>Der Server hat den Absender abgelehnt (notify.smtp.from): %1</translation>
    </message>
    <message>
        <source>The SMTP server %1 refused or broke off the message (%2): %3</source>
        <translation>Der SMTP-Server %1 hat die Nachricht abgelehnt oder abgebrochen (%2): %3</translation>
    </message>
    <message>
        <source>Sending through the SMTP server %1 failed (%2).</source>
        <translation>Das Senden über den SMTP-Server %1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>No SMTP server is set: notify.smtp.url takes smtps://HOST[:PORT] (implicit TLS) or smtp://HOST[:PORT] (STARTTLS, required).</source>
        <translation>Kein SMTP-Server gesetzt: notify.smtp.url erwartet smtps://HOST[:PORT] (implizites TLS) oder smtp://HOST[:PORT] (STARTTLS, erforderlich).</translation>
    </message>
    <message>
        <source>The SMTP URL contains a space or control character.</source>
        <translation>Die SMTP-URL enthält ein Leer- oder Steuerzeichen.</translation>
    </message>
    <message>
        <source>“%1” is not an SMTP URL: use smtps://HOST[:PORT] (implicit TLS) or smtp://HOST[:PORT] (STARTTLS, required). Mail is never sent unencrypted.</source>
        <translation>„%1“ ist keine SMTP-URL: Verwenden Sie smtps://HOST[:PORT] (implizites TLS) oder smtp://HOST[:PORT] (STARTTLS, erforderlich). E-Mails werden nie unverschlüsselt gesendet.</translation>
    </message>
    <message>
        <source>The SMTP URL must not hold a user name or password: use notify.smtp.username and “notify set-password”, which keeps the password sealed.</source>
        <translation>Die SMTP-URL darf keinen Benutzernamen und kein Passwort enthalten: Verwenden Sie notify.smtp.username und „notify set-password“, das das Passwort versiegelt aufbewahrt.</translation>
    </message>
    <message>
        <source>The SMTP URL has no host name.</source>
        <translation>Die SMTP-URL hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>The SMTP URL takes only a host and a port, no path, query or fragment.</source>
        <translation>Die SMTP-URL enthält nur Host und Port, keinen Pfad, keine Abfrage und kein Fragment.</translation>
    </message>
    <message>
        <source>The SMTP URL&apos;s port is out of range.</source>
        <translation>Der Port der SMTP-URL liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>libcurl could not make a handle.</source>
        <translation>libcurl konnte kein Handle erzeugen.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
</context>
<context>
    <name>StoreSettings</name>
    <message>
        <source>The issuer authenticator apps show beside a user&apos;s codes (no “:”).</source>
        <translation>Der Aussteller, den Authenticator-Apps neben den Codes eines Benutzers anzeigen (ohne „:“).</translation>
    </message>
    <message>
        <source>How many 30-second steps a TOTP code may be early or late (0 to %1).</source>
        <translation>Wie viele 30-Sekunden-Schritte ein TOTP-Code zu früh oder zu spät sein darf (0 bis %1).</translation>
    </message>
    <message>
        <source>The issuer needs 1 to %1 characters.</source>
        <translation>Der Aussteller braucht 1 bis %1 Zeichen.</translation>
    </message>
    <message>
        <source>The issuer cannot contain “:”.</source>
        <translation>Der Aussteller darf kein „:“ enthalten.</translation>
    </message>
    <message>
        <source>%1 takes a whole number from 0 to %2.</source>
        <translation>%1 nimmt eine ganze Zahl von 0 bis %2.</translation>
    </message>
    <message>
        <source>There is no setting “%1”. The settings are: %2.</source>
        <translation>Es gibt keine Einstellung „%1“. Die Einstellungen sind: %2.</translation>
    </message>
    <message>
        <source>Days a computer is remembered after a sign-in with an authenticator code, so the code is not asked there again (0 to %1; 0 turns “remember on this computer” off).</source>
        <translation>Tage, die sich AuthDesk einen Computer nach einer Anmeldung mit Authentifikator-Code merkt, sodass der Code dort nicht erneut abgefragt wird (0 bis %1; 0 schaltet „auf diesem Computer merken“ aus).</translation>
    </message>
    <message>
        <source>Minutes without keyboard or mouse use before the console locks (%1 to %2).</source>
        <translation>Minuten ohne Tastatur- oder Mausnutzung, bis sich die Konsole sperrt (%1 bis %2).</translation>
    </message>
    <message>
        <source>Hours after signing in before the console asks for a full sign-in again (%1 to %2).</source>
        <translation>Stunden nach der Anmeldung, bis die Konsole erneut eine vollständige Anmeldung verlangt (%1 bis %2).</translation>
    </message>
    <message>
        <source>%1 takes a whole number from %2 to %3.</source>
        <translation>%1 nimmt eine ganze Zahl von %2 bis %3.</translation>
    </message>
    <message>
        <source>Minutes the authenticator enrollment dialog stays open before it closes itself and forgets the secret it shows (%1 to %2).</source>
        <translation>Minuten, die der Dialog zur Registrierung eines Authentifikators geöffnet bleibt, bevor er sich selbst schließt und das angezeigte Geheimnis vergisst (%1 bis %2).</translation>
    </message>
    <message>
        <source>notify.method is one of none, smtp or command, not “%1”.</source>
        <translation>notify.method ist none, smtp oder command, nicht „%1“.</translation>
    </message>
    <message>
        <source>sender (notify.smtp.from)</source>
        <translation>Absender (notify.smtp.from)</translation>
    </message>
    <message>
        <source>notify.smtp.username takes up to %1 characters and no control characters.</source>
        <translation>notify.smtp.username erlaubt bis zu %1 Zeichen und keine Steuerzeichen.</translation>
    </message>
    <message>
        <source>notify.smtp.ca_file takes the absolute path of a PEM file of CA certificates.</source>
        <translation>notify.smtp.ca_file erwartet den absoluten Pfad einer PEM-Datei mit CA-Zertifikaten.</translation>
    </message>
    <message>
        <source>How users are told about changes to their account, such as an MFA reset: none, smtp (email through notify.smtp.url) or command (the program in notify.command).</source>
        <translation>Wie Benutzer über Änderungen an ihrem Konto benachrichtigt werden, etwa ein Zurücksetzen der MFA: none, smtp (E-Mail über notify.smtp.url) oder command (das Programm in notify.command).</translation>
    </message>
    <message>
        <source>The SMTP server: smtps://HOST[:PORT] (implicit TLS, port 465 by default) or smtp://HOST[:PORT] (STARTTLS required, port 587 by default). Mail is never sent unencrypted and the server&apos;s certificate is always verified.</source>
        <translation>Der SMTP-Server: smtps://HOST[:PORT] (implizites TLS, standardmäßig Port 465) oder smtp://HOST[:PORT] (STARTTLS erforderlich, standardmäßig Port 587). E-Mails werden nie unverschlüsselt gesendet, und das Zertifikat des Servers wird immer geprüft.</translation>
    </message>
    <message>
        <source>The sender address of notifications (also the From of a command&apos;s message).</source>
        <translation>Die Absenderadresse von Benachrichtigungen (auch das From der Nachricht eines Befehls).</translation>
    </message>
    <message>
        <source>The SMTP user name; empty: no authentication. The password is set with “notify set-password” and kept sealed in the store, never as a setting.</source>
        <translation>Der SMTP-Benutzername; leer: keine Authentifizierung. Das Passwort wird mit „notify set-password“ gesetzt und versiegelt im Speicher aufbewahrt, nie als Einstellung.</translation>
    </message>
    <message>
        <source>The absolute path of a PEM file of CA certificates to trust for a self-hosted SMTP server (besides the system&apos;s).</source>
        <translation>Der absolute Pfad einer PEM-Datei mit CA-Zertifikaten, denen für einen selbst betriebenen SMTP-Server vertraut wird (zusätzlich zu denen des Systems).</translation>
    </message>
    <message>
        <source>Seconds to wait for the SMTP server, for connecting and for the whole send (%1 to %2).</source>
        <translation>Sekunden, die auf den SMTP-Server gewartet wird, für den Verbindungsaufbau und für den gesamten Sendevorgang (%1 bis %2).</translation>
    </message>
    <message>
        <source>The program to run for a notification, as a JSON array: the absolute path, then its arguments (no shell). It reads the message on stdin and gets AUTHDESK_NOTIFY_TO and AUTHDESK_NOTIFY_SUBJECT in its environment; a non-zero exit is a failed notification.</source>
        <translation>Das für eine Benachrichtigung auszuführende Programm, als JSON-Array: der absolute Pfad, dann seine Argumente (ohne Shell). Es liest die Nachricht über stdin und erhält AUTHDESK_NOTIFY_TO und AUTHDESK_NOTIFY_SUBJECT in seiner Umgebung; ein Exit-Code ungleich null gilt als fehlgeschlagene Benachrichtigung.</translation>
    </message>
    <message>
        <source>Seconds the notification command may run before it is stopped (%1 to %2).</source>
        <translation>Sekunden, die der Benachrichtigungsbefehl laufen darf, bevor er beendet wird (%1 bis %2).</translation>
    </message>
    <message>
        <source>Minutes a temporary access pass issued by a helpdesk MFA reset stays usable (%1 to %2).</source>
        <translation>Minuten, die ein beim Zurücksetzen der MFA durch den Helpdesk ausgestellter befristeter Zugriffspass verwendbar bleibt (%1 bis %2).</translation>
    </message>
    <message>
        <source>%1 takes no spaces or control characters.</source>
        <translation>%1 erlaubt keine Leer- oder Steuerzeichen.</translation>
    </message>
    <message>
        <source>%1 takes up to %2 characters.</source>
        <translation>%1 erlaubt bis zu %2 Zeichen.</translation>
    </message>
    <message>
        <source>auth.jwt_audience cannot be empty: every access token names its audience.</source>
        <translation>auth.jwt_audience darf nicht leer sein: Jedes Zugriffstoken nennt seine Zielgruppe.</translation>
    </message>
    <message>
        <source>What an application&apos;s login returns: session (an opaque server-side session token) or jwt (a short-lived JWT access token and a rotating refresh token).</source>
        <translation>Was die Anmeldung einer Anwendung liefert: session (ein opakes serverseitiges Sitzungstoken) oder jwt (ein kurzlebiges JWT-Zugriffstoken und ein rotierendes Refresh-Token).</translation>
    </message>
    <message>
        <source>Minutes without use after which an application&apos;s server session ends (%1 to %2).</source>
        <translation>Minuten ohne Nutzung, nach denen die Serversitzung einer Anwendung endet (%1 bis %2).</translation>
    </message>
    <message>
        <source>Hours after login after which an application&apos;s server session ends however much it is used (%1 to %2).</source>
        <translation>Stunden nach der Anmeldung, nach denen die Serversitzung einer Anwendung endet, ganz gleich, wie viel sie genutzt wird (%1 bis %2).</translation>
    </message>
    <message>
        <source>Minutes a JWT access token is valid (%1 to %2).</source>
        <translation>Minuten, die ein JWT-Zugriffstoken gültig ist (%1 bis %2).</translation>
    </message>
    <message>
        <source>Days a refresh-token family lives after login (%1 to %2).</source>
        <translation>Tage, die eine Refresh-Token-Familie nach der Anmeldung besteht (%1 bis %2).</translation>
    </message>
    <message>
        <source>The iss claim of access tokens; empty: urn:authdesk:&lt;store id&gt;.</source>
        <translation>Der Claim iss der Zugriffstokens; leer: urn:authdesk:&lt;Speicher-ID&gt;.</translation>
    </message>
    <message>
        <source>The aud claim of access tokens, which the applications check.</source>
        <translation>Der Claim aud der Zugriffstokens, den die Anwendungen prüfen.</translation>
    </message>
    <message>
        <source>Failed logins in a row after which each further failure adds a wait (Keycloak&apos;s “max login failures”; %1 to %2).</source>
        <translation>Fehlgeschlagene Anmeldungen in Folge, nach denen jeder weitere Fehlversuch eine Wartezeit hinzufügt („max login failures“ von Keycloak; %1 bis %2).</translation>
    </message>
    <message>
        <source>Seconds of wait added per “failure factor” failures (%1 to %2).</source>
        <translation>Sekunden Wartezeit, die je „failure factor“ Fehlversuche hinzukommen (%1 bis %2).</translation>
    </message>
    <message>
        <source>The longest wait a lockout imposes, in seconds (%1 to %2).</source>
        <translation>Die längste Wartezeit, die eine Sperre auferlegt, in Sekunden (%1 bis %2).</translation>
    </message>
    <message>
        <source>Hours without a failure after which the failure count starts again from zero (%1 to %2).</source>
        <translation>Stunden ohne Fehlversuch, nach denen die Zählung der Fehlversuche wieder bei null beginnt (%1 bis %2).</translation>
    </message>
    <message>
        <source>Two failures closer together than this many milliseconds count as a script, and lock at once (%1 to %2; 0 turns it off).</source>
        <translation>Zwei Fehlversuche, die weniger als so viele Millisekunden auseinanderliegen, gelten als Skript und sperren sofort (%1 bis %2; 0 schaltet dies aus).</translation>
    </message>
    <message>
        <source>Seconds a too-quick failure locks the account for (%1 to %2).</source>
        <translation>Sekunden, für die ein zu schneller Fehlversuch das Konto sperrt (%1 bis %2).</translation>
    </message>
    <message>
        <source>auth.token_mode is session or jwt, not “%1”.</source>
        <translation>auth.token_mode ist session oder jwt, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 takes an https URL (http only for localhost) with {token} where the token goes.</source>
        <translation>%1 erwartet eine https-URL (http nur für localhost) mit {token} an der Stelle des Tokens.</translation>
    </message>
    <message>
        <source>%1 needs {token} exactly once, where the token goes.</source>
        <translation>%1 braucht {token} genau einmal, an der Stelle des Tokens.</translation>
    </message>
    <message>
        <source>Hours an email verification link stays usable (%1 to %2).</source>
        <translation>Stunden, die ein Link zur E-Mail-Bestätigung verwendbar bleibt (%1 bis %2).</translation>
    </message>
    <message>
        <source>Minutes a password-reset link stays usable (%1 to %2).</source>
        <translation>Minuten, die ein Link zum Zurücksetzen des Passworts verwendbar bleibt (%1 bis %2).</translation>
    </message>
    <message>
        <source>The link an email verification message points to, with {token} where the token goes (https, or http on localhost); empty: the message gives the token to type.</source>
        <translation>Der Link, auf den eine Nachricht zur E-Mail-Bestätigung verweist, mit {token} an der Stelle des Tokens (https oder http auf localhost); leer: Die Nachricht enthält das Token zum Eintippen.</translation>
    </message>
    <message>
        <source>The link a password-reset message points to, with {token} where the token goes (https, or http on localhost); empty: the message gives the token to type.</source>
        <translation>Der Link, auf den eine Nachricht zum Zurücksetzen des Passworts verweist, mit {token} an der Stelle des Tokens (https oder http auf localhost); leer: Die Nachricht enthält das Token zum Eintippen.</translation>
    </message>
</context>
<context>
    <name>UserCsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot restrict %1 to its owner: %2</source>
        <translation>%1 kann nicht auf seinen Eigentümer beschränkt werden: %2</translation>
    </message>
    <message>
        <source>Export failed: cannot write %1: %2</source>
        <translation>Export fehlgeschlagen: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export canceled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n user(s) to %1.</source>
        <translation>
            <numerusform>%n Benutzer nach %1 exportiert.</numerusform>
            <numerusform>%n Benutzer nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserCsvReader</name>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>Line %1: the record is longer than 64 KiB.</source>
        <translation>Zeile %1: Der Datensatz ist länger als 64 KiB.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8.</source>
        <translation>Zeile %1 ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>Line %1: a quote inside an unquoted field.</source>
        <translation>Zeile %1: ein Anführungszeichen in einem Feld ohne Anführungszeichen.</translation>
    </message>
    <message>
        <source>Line %1: text after the closing quote of a field.</source>
        <translation>Zeile %1: Text nach dem schließenden Anführungszeichen eines Felds.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line.</source>
        <translation>Die Datei ist leer: Sie braucht eine Kopfzeile.</translation>
    </message>
    <message>
        <source>Line 1: unknown column “%1”; the columns are %2.</source>
        <translation>Zeile 1: unbekannte Spalte „%1“; die Spalten sind %2.</translation>
    </message>
    <message>
        <source>Line 1: the column “%1” appears twice.</source>
        <translation>Zeile 1: Die Spalte „%1“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>Line 1: the header has no “%1” column.</source>
        <translation>Zeile 1: Der Kopfzeile fehlt die Spalte „%1“.</translation>
    </message>
    <message>
        <source>Line %1: %2 fields where the header has %3.</source>
        <translation>Zeile %1: %2 Felder, die Kopfzeile hat %3.</translation>
    </message>
</context>
<context>
    <name>UserFilter</name>
    <message>
        <source>The saved filter&apos;s “%1” %2.</source>
        <translation>„%1“ des gespeicherten Filters %2.</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time as text</source>
        <translation>muss ein Datum mit Uhrzeit nach ISO 8601 als Text sein</translation>
    </message>
    <message>
        <source>is not an ISO 8601 date and time (for example 2026-01-31T00:00:00Z)</source>
        <translation>ist kein Datum mit Uhrzeit nach ISO 8601 (zum Beispiel 2026-01-31T00:00:00Z)</translation>
    </message>
    <message>
        <source>has no time zone (end it with Z for UTC)</source>
        <translation>hat keine Zeitzone (hängen Sie Z für UTC an)</translation>
    </message>
    <message>
        <source>is not a filter this version knows</source>
        <translation>ist kein Filter, den diese Version kennt</translation>
    </message>
    <message>
        <source>must be “active” or “disabled”</source>
        <translation>muss „active“ oder „disabled“ sein</translation>
    </message>
    <message>
        <source>must be a role name as text</source>
        <translation>muss ein Rollenname als Text sein</translation>
    </message>
    <message>
        <source>is not a valid role name: %1</source>
        <translation>ist kein gültiger Rollenname: %1</translation>
    </message>
    <message>
        <source>must be “enrolled” or “not_enrolled”</source>
        <translation>muss „enrolled“ oder „not_enrolled“ sein</translation>
    </message>
    <message>
        <source>The saved filter&apos;s creation range is empty: “created_to” must be after “created_from”.</source>
        <translation>Der Erstellungszeitraum des gespeicherten Filters ist leer: „created_to“ muss nach „created_from“ liegen.</translation>
    </message>
    <message>
        <source>The saved filter&apos;s sign-in range is empty: “last_sign_in_to” must be after “last_sign_in_from”.</source>
        <translation>Der Anmeldezeitraum des gespeicherten Filters ist leer: „last_sign_in_to“ muss nach „last_sign_in_from“ liegen.</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>ist länger als %1 Zeichen</translation>
    </message>
</context>
<context>
    <name>UserPager</name>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The directory is gone.</source>
        <translation>Das Verzeichnis ist nicht mehr verfügbar.</translation>
    </message>
</context>
<context>
    <name>authdesk::AuditListModel</name>
    <message>
        <source>Success</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Verweigert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>(nobody signed in)</source>
        <translation>(niemand angemeldet)</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Account #%1</source>
        <translation>Konto #%1</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Computer</translation>
    </message>
</context>
<context>
    <name>authdesk::AuditView</name>
    <message>
        <source>Name or #id</source>
        <translation>Name oder #id</translation>
    </message>
    <message>
        <source>Actor filter</source>
        <translation>Akteurfilter</translation>
    </message>
    <message>
        <source>user.update, or mfa. for all MFA</source>
        <translation>user.update oder mfa. für alle MFA-Aktionen</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Aktionsfilter</translation>
    </message>
    <message>
        <source>Result filter</source>
        <translation>Ergebnisfilter</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Beliebiges Ergebnis</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>beliebige Zeit</translation>
    </message>
    <message>
        <source>From time (local)</source>
        <translation>Ab Zeitpunkt (Ortszeit)</translation>
    </message>
    <message>
        <source>To time (local)</source>
        <translation>Bis Zeitpunkt (Ortszeit)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>A&amp;ctor:</source>
        <translation>A&amp;kteur:</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>Akt&amp;ion:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Audit-Ereignisse</translation>
    </message>
    <message>
        <source>Selected event details</source>
        <translation>Details des ausgewählten Ereignisses</translation>
    </message>
    <message>
        <source>Select an event to see what it changed.</source>
        <translation>Wählen Sie ein Ereignis aus, um zu sehen, was es geändert hat.</translation>
    </message>
    <message>
        <source>Audit list status</source>
        <translation>Status der Audit-Liste</translation>
    </message>
    <message>
        <source>Audit chain verdict</source>
        <translation>Ergebnis der Audit-Kettenprüfung</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>Kette &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Cannot show the audit log: %1</source>
        <translation>Das Audit-Protokoll kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Event %1 at %2 UTC</source>
        <translation>Ereignis %1 um %2 UTC</translation>
    </message>
    <message>
        <source>Actor: %1 (#%2)</source>
        <translation>Akteur: %1 (#%2)</translation>
    </message>
    <message>
        <source>Action: %1, result: %2</source>
        <translation>Aktion: %1, Ergebnis: %2</translation>
    </message>
    <message>
        <source>Target: %1 %2 (#%3)</source>
        <translation>Ziel: %1 %2 (#%3)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>Machine: %1</source>
        <translation>Computer: %1</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Vorher:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Nachher:</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Die Audit-Kette wird geprüft …</translation>
    </message>
    <message>
        <source>Cannot verify the audit chain: %1</source>
        <translation>Die Audit-Kette kann nicht geprüft werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Audit chain intact: %n event(s) checked.</source>
        <translation>
            <numerusform>Audit-Kette intakt: %n Ereignis geprüft.</numerusform>
            <numerusform>Audit-Kette intakt: %n Ereignisse geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit chain BROKEN at event %1: %2</source>
        <translation>Audit-Kette bei Ereignis %1 GEBROCHEN: %2</translation>
    </message>
    <message>
        <source>Export audit events</source>
        <translation>Audit-Ereignisse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exporting audit events…</source>
        <translation>Audit-Ereignisse werden exportiert …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export failed: cannot write %1: %2</source>
        <translation>Export fehlgeschlagen: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>%n Ereignis nach %1 exportiert.</numerusform>
            <numerusform>%n Ereignisse nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export canceled; no file was kept.</source>
        <translation>Export abgebrochen; es wurde keine Datei behalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s) loaded; scroll for more</source>
        <translation>
            <numerusform>%1 von %n Ereignis geladen; scrollen Sie für mehr</numerusform>
            <numerusform>%1 von %n Ereignissen geladen; scrollen Sie für mehr</numerusform>
        </translation>
    </message>
    <message>
        <source>Position in the audit log</source>
        <translation>Position im Audit-Protokoll</translation>
    </message>
</context>
<context>
    <name>authdesk::BetterAuthClient</name>
    <message>
        <source>The server answered a user without an id or email.</source>
        <translation>Der Server hat einen Benutzer ohne ID oder E-Mail geliefert.</translation>
    </message>
    <message>
        <source>“%1” is not a server address.</source>
        <translation>„%1“ ist keine Serveradresse.</translation>
    </message>
    <message>
        <source>A Better Auth server is reached over https, not “%1”.</source>
        <translation>Ein Better-Auth-Server wird über https erreicht, nicht über „%1“.</translation>
    </message>
    <message>
        <source>Plain http is allowed only to this computer (127.0.0.1 or localhost); use https for %1.</source>
        <translation>Unverschlüsseltes http ist nur zu diesem Computer erlaubt (127.0.0.1 oder localhost); verwenden Sie https für %1.</translation>
    </message>
    <message>
        <source>The server address may not carry a user name, a query or a fragment.</source>
        <translation>Die Serveradresse darf keinen Benutzernamen, keine Abfrage und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>A certificate pin is the SHA-256 of the certificate: 64 hexadecimal digits.</source>
        <translation>Ein Zertifikats-Pin ist der SHA-256-Wert des Zertifikats: 64 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>Die Verbindung zum Server wurde geschlossen.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection: is it running, and is the address right?</source>
        <translation>Der Server %1 hat die Verbindung abgelehnt: Läuft er, und stimmt die Adresse?</translation>
    </message>
    <message>
        <source>The server name %1 could not be found.</source>
        <translation>Der Servername %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The server %1 did not answer within %2 seconds.</source>
        <translation>Der Server %1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>The server %1 could not be verified: %2.</source>
        <translation>Der Server %1 konnte nicht überprüft werden: %2.</translation>
    </message>
    <message>
        <source>Its certificate&apos;s SHA-256 is %1.</source>
        <translation>Der SHA-256-Wert seines Zertifikats ist %1.</translation>
    </message>
    <message>
        <source>The server %1 closed the connection without answering.</source>
        <translation>Der Server %1 hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The server %1 could not be reached: %2</source>
        <translation>Der Server %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The server %1 answered far more than expected.</source>
        <translation>Der Server %1 hat weit mehr geantwortet als erwartet.</translation>
    </message>
    <message>
        <source>The server %1 is limiting requests: try again in %2 seconds.</source>
        <translation>Der Server %1 begrenzt die Anfragen: Versuchen Sie es in %2 Sekunden erneut.</translation>
    </message>
    <message>
        <source>The server %1 is limiting requests: try again later.</source>
        <translation>Der Server %1 begrenzt die Anfragen: Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server %1 answered something that is not JSON (%2 at byte %3): is it a Better Auth server, and is the base path right?</source>
        <translation>Der Server %1 hat etwas geantwortet, das kein JSON ist (%2 bei Byte %3): Ist es ein Better-Auth-Server, und stimmt der Basispfad?</translation>
    </message>
    <message>
        <source>The server %1 redirected the request to %2; set that as the server address.</source>
        <translation>Der Server %1 hat die Anfrage nach %2 umgeleitet; tragen Sie diese als Serveradresse ein.</translation>
    </message>
    <message>
        <source>The server %1 did not accept the sign-in: sign in again.</source>
        <translation>Der Server %1 hat die Anmeldung nicht angenommen: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server %1 did not accept the sign-in%2</source>
        <translation>Der Server %1 hat die Anmeldung nicht angenommen%2</translation>
    </message>
    <message>
        <source>The server %1 refused%2</source>
        <translation>Der Server %1 hat abgelehnt%2</translation>
    </message>
    <message>
        <source>The server %1 did not find what was asked for%2</source>
        <translation>Der Server %1 hat das Angefragte nicht gefunden%2</translation>
    </message>
    <message>
        <source>The server %1 refused the request%2</source>
        <translation>Der Server %1 hat die Anfrage abgelehnt%2</translation>
    </message>
    <message>
        <source>The server %1 failed (HTTP %2)%3</source>
        <translation>Beim Server %1 ist ein Fehler aufgetreten (HTTP %2)%3</translation>
    </message>
    <message>
        <source>The server %1 answered HTTP %2%3</source>
        <translation>Der Server %1 hat mit HTTP %2 geantwortet%3</translation>
    </message>
    <message>
        <source>The server&apos;s answer to %1 is not what Better Auth answers.</source>
        <translation>Die Antwort des Servers auf %1 ist nicht das, was Better Auth antwortet.</translation>
    </message>
    <message>
        <source>This account has two-factor authentication on: its code is needed too.</source>
        <translation>Für dieses Konto ist die Zwei-Faktor-Authentifizierung eingeschaltet: Auch ihr Code wird benötigt.</translation>
    </message>
    <message>
        <source>The server has no such user.</source>
        <translation>Der Server kennt keinen solchen Benutzer.</translation>
    </message>
    <message>
        <source>Sign in with the password first; then give the code.</source>
        <translation>Melden Sie sich zuerst mit dem Passwort an; geben Sie dann den Code ein.</translation>
    </message>
</context>
<context>
    <name>authdesk::BulkActionDialog</name>
    <message>
        <source>Bulk action</source>
        <translation>Massenaktion</translation>
    </message>
    <message>
        <source>One action on many users: preview it, run it, read the summary.</source>
        <translation>Eine Aktion für viele Benutzer: Vorschau ansehen, ausführen, Zusammenfassung lesen.</translation>
    </message>
    <message>
        <source>Loading the users…</source>
        <translation>Benutzer werden geladen …</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>Why these accounts are disabled (recorded in the audit log)</source>
        <translation>Warum diese Konten deaktiviert werden (wird im Audit-Protokoll festgehalten)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>Bi&amp;s</translation>
    </message>
    <message>
        <source>End of the disablement</source>
        <translation>Ende der Deaktivierung</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Endet:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <source>Number of users to delete, to confirm</source>
        <translation>Anzahl der zu löschenden Benutzer, zur Bestätigung</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>Bes&amp;tätigung:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation>Zusammenfassung &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <source>Cannot read your console permissions: %1</source>
        <translation>Ihre Konsolenberechtigungen können nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) selected.</source>
        <translation>
            <numerusform>%n Benutzer ausgewählt.</numerusform>
            <numerusform>%n Benutzer ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the users of the current search…</source>
        <translation>Die Benutzer der aktuellen Suche werden gelesen …</translation>
    </message>
    <message>
        <source>Reading the users of the current search: %1 of %2…</source>
        <translation>Die Benutzer der aktuellen Suche werden gelesen: %1 von %2 …</translation>
    </message>
    <message>
        <source>Reading the users was canceled; nothing to preview.</source>
        <translation>Das Lesen der Benutzer wurde abgebrochen; keine Vorschau möglich.</translation>
    </message>
    <message>
        <source>Cannot read the users: %1</source>
        <translation>Die Benutzer können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 will change, %2 skipped, %3 refused.</source>
        <translation>Zu ändern: %1, übersprungen: %2, abgelehnt: %3.</translation>
    </message>
    <message>
        <source>Preparing the preview: %1 of %2…</source>
        <translation>Vorschau wird vorbereitet: %1 von %2 …</translation>
    </message>
    <message>
        <source>Deleting cannot be undone. Type the number of users that will be deleted (%1) to confirm.</source>
        <translation>Das Löschen kann nicht rückgängig gemacht werden. Geben Sie zur Bestätigung die Anzahl der Benutzer ein, die gelöscht werden (%1).</translation>
    </message>
    <message>
        <source>Running: %1 of %2 done.</source>
        <translation>Wird ausgeführt: %1 von %2 erledigt.</translation>
    </message>
    <message>
        <source>Canceling after the current user…</source>
        <translation>Abbruch nach dem aktuellen Benutzer …</translation>
    </message>
</context>
<context>
    <name>authdesk::BulkPlanModel</name>
    <message>
        <source>Will change</source>
        <translation>Wird geändert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Why / result</source>
        <translation>Grund / Ergebnis</translation>
    </message>
</context>
<context>
    <name>authdesk::DeleteUserDialog</name>
    <message>
        <source>Delete User</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>Delete %1 for good?</source>
        <translation>%1 endgültig löschen?</translation>
    </message>
    <message>
        <source>This cannot be undone. To keep the account but stop its use, disable it.</source>
        <translation>Dies kann nicht rückgängig gemacht werden. Um das Konto zu behalten, aber nicht mehr nutzen zu lassen, deaktivieren Sie es.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Deleting removes the account %1 (%2) with its password, its roles (%3), its authenticators and recovery codes; its sessions end. The audit log keeps the record of what happened.</source>
        <translation>Das Löschen entfernt das Konto %1 (%2) mit seinem Passwort, seinen Rollen (%3), seinen Authentifikatoren und Wiederherstellungscodes; seine Sitzungen enden. Das Audit-Protokoll bewahrt den Nachweis des Geschehenen.</translation>
    </message>
    <message>
        <source>Type the username to confirm</source>
        <translation>Benutzername zur Bestätigung eingeben</translation>
    </message>
    <message>
        <source>To confirm, type the username %1 exactly (upper and lower case count):</source>
        <translation>Geben Sie zur Bestätigung den Benutzernamen %1 genau ein (Groß- und Kleinschreibung zählt):</translation>
    </message>
    <message>
        <source>&amp;Delete User</source>
        <translation>Benutzer &amp;löschen</translation>
    </message>
    <message>
        <source>Type the username %1 to confirm the deletion.</source>
        <translation>Geben Sie den Benutzernamen %1 ein, um das Löschen zu bestätigen.</translation>
    </message>
    <message>
        <source>“%1” is not the username %2; type it exactly, upper and lower case as shown. Nothing was deleted.</source>
        <translation>„%1“ ist nicht der Benutzername %2; geben Sie ihn genau ein, mit Groß- und Kleinschreibung wie angezeigt. Nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht …</translation>
    </message>
</context>
<context>
    <name>authdesk::DisableUserDialog</name>
    <message>
        <source>&amp;Until (local time):</source>
        <translation>Bi&amp;s (Ortszeit):</translation>
    </message>
    <message>
        <source>Disable User</source>
        <translation>Benutzer deaktivieren</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message>
        <source>A disabled user cannot sign in and their sessions end. The reason is recorded in the audit log.</source>
        <translation>Ein deaktivierter Benutzer kann sich nicht anmelden, und seine Sitzungen enden. Die Begründung wird im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Why, e.g. a ticket number (required)</source>
        <translation>Warum, z. B. eine Ticketnummer (erforderlich)</translation>
    </message>
    <message>
        <source>Enable the account again automatically at this time (local time)</source>
        <translation>Das Konto zu diesem Zeitpunkt automatisch wieder aktivieren (Ortszeit)</translation>
    </message>
    <message>
        <source>Disabled until (local time)</source>
        <translation>Deaktiviert bis (Ortszeit)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Ende:</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>A reason is required: say why %1 is disabled (for example a ticket number). It is recorded in the audit log.</source>
        <translation>Eine Begründung ist erforderlich: Geben Sie an, warum %1 deaktiviert wird (zum Beispiel eine Ticketnummer). Sie wird im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>The end %1 is not in the future. Choose a later time, or untick “Until” to disable until someone enables the account again.</source>
        <translation>Das Ende %1 liegt nicht in der Zukunft. Wählen Sie einen späteren Zeitpunkt, oder entfernen Sie das Häkchen bei „Bis“, um das Konto zu deaktivieren, bis es jemand wieder aktiviert.</translation>
    </message>
    <message>
        <source>Disabling…</source>
        <translation>Wird deaktiviert …</translation>
    </message>
</context>
<context>
    <name>authdesk::EditConflictDialog</name>
    <message>
        <source>Someone Else Changed This User</source>
        <translation>Jemand anderes hat diesen Benutzer geändert</translation>
    </message>
    <message>
        <source>%1 was changed by someone else</source>
        <translation>%1 wurde von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Since you opened the editor, another administrator saved a change (now version %1, saved %2). Your changes are not saved yet; compare the two and choose.</source>
        <translation>Seit Sie den Editor geöffnet haben, hat ein anderer Administrator eine Änderung gespeichert (jetzt Version %1, gespeichert %2). Ihre Änderungen sind noch nicht gespeichert; vergleichen Sie beide Fassungen und wählen Sie.</translation>
    </message>
    <message>
        <source>Their email</source>
        <translation>E-Mail der anderen Fassung</translation>
    </message>
    <message>
        <source>Their display name</source>
        <translation>Anzeigename der anderen Fassung</translation>
    </message>
    <message>
        <source>Your email</source>
        <translation>Ihre E-Mail</translation>
    </message>
    <message>
        <source>Your display name</source>
        <translation>Ihr Anzeigename</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>Andere Fassung (gespeichert)</translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation>Ihre Fassung (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Anzeigename:</translation>
    </message>
    <message>
        <source>&amp;Reload (take theirs)</source>
        <translation>&amp;Neu laden (andere Fassung übernehmen)</translation>
    </message>
    <message>
        <source>Show their version in the editor; what you typed is discarded.</source>
        <translation>Die andere Fassung im Editor anzeigen; Ihre Eingaben werden verworfen.</translation>
    </message>
    <message>
        <source>&amp;Apply mine anyway</source>
        <translation>&amp;Meine trotzdem übernehmen</translation>
    </message>
    <message>
        <source>Save the fields you changed over their version; fields you did not touch keep theirs.</source>
        <translation>Die von Ihnen geänderten Felder über die andere Fassung speichern; unberührte Felder behalten deren Werte.</translation>
    </message>
    <message>
        <source>Back to the editor with what you typed; nothing is saved.</source>
        <translation>Zurück zum Editor mit Ihren Eingaben; nichts wird gespeichert.</translation>
    </message>
</context>
<context>
    <name>authdesk::EditUserDialog</name>
    <message>
        <source>Edit User</source>
        <translation>Benutzer bearbeiten</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>The username cannot change; the email must be unique in the directory.</source>
        <translation>Der Benutzername kann nicht geändert werden; die E-Mail muss im Verzeichnis eindeutig sein.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Someone else changed this user; reading their version…</source>
        <translation>Jemand anderes hat diesen Benutzer geändert; die andere Fassung wird gelesen …</translation>
    </message>
    <message>
        <source>Someone else changed this user, and their version cannot be read: %1</source>
        <translation>Jemand anderes hat diesen Benutzer geändert, und die andere Fassung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not saved: someone else changed %1 since you opened it.</source>
        <translation>Nicht gespeichert: Jemand anderes hat %1 geändert, seit Sie es geöffnet haben.</translation>
    </message>
</context>
<context>
    <name>authdesk::FirstRunDialog</name>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Set Up AuthDesk</source>
        <translation>AuthDesk einrichten</translation>
    </message>
    <message>
        <source>Create the owner account</source>
        <translation>Das Eigentümerkonto anlegen</translation>
    </message>
    <message>
        <source>This is a new store. The account you create now is its owner: it holds every console permission and can make other people administrators.</source>
        <translation>Dies ist ein neuer Speicher. Das Konto, das Sie jetzt anlegen, ist sein Eigentümer: Es hat alle Konsolenberechtigungen und kann andere zu Administratoren machen.</translation>
    </message>
    <message>
        <source>The store will be kept in %1</source>
        <translation>Der Speicher wird unter %1 abgelegt</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Create Store</source>
        <translation>&amp;Speicher anlegen</translation>
    </message>
    <message>
        <source>%1 of at least %2 characters.</source>
        <translation>%1 von mindestens %2 Zeichen.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>At least %1 characters. A phrase of several words is easy to remember and hard to guess.</source>
        <translation>Mindestens %1 Zeichen. Ein Satz aus mehreren Wörtern ist leicht zu merken und schwer zu erraten.</translation>
    </message>
    <message>
        <source>Creating the store…</source>
        <translation>Speicher wird angelegt …</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
</context>
<context>
    <name>authdesk::MainWindow</name>
    <message>
        <source>%1 — AuthDesk</source>
        <translation>%1 — AuthDesk</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the users from the directory again (%1)</source>
        <translation>Die Benutzer erneut aus dem Verzeichnis lesen (%1)</translation>
    </message>
    <message>
        <source>&amp;Find Users…</source>
        <translation>Benutzer &amp;suchen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About AuthDesk</source>
        <translation>Ü&amp;ber AuthDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the error</source>
        <translation>Die Fehlermeldung schließen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Search username, email or name (%1)</source>
        <translation>Benutzername, E-Mail oder Name suchen (%1)</translation>
    </message>
    <message>
        <source>Shows the users whose username, email or display name contains the text</source>
        <translation>Zeigt die Benutzer, deren Benutzername, E-Mail oder Anzeigename den Text enthält</translation>
    </message>
    <message>
        <source>Clear Search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Loading users</source>
        <translation>Benutzer werden geladen</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Benutzer werden geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) found</source>
        <translation>
            <numerusform>%Ln Benutzer gefunden</numerusform>
            <numerusform>%Ln Benutzer gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>About AuthDesk</source>
        <translation>Über AuthDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AuthDesk %1&lt;/h3&gt;&lt;p&gt;An identity admin console: users, roles, permissions, sessions and multi-factor authentication, in a local store, a shared store or a remote auth server.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AuthDesk %1&lt;/h3&gt;&lt;p&gt;Eine Konsole zur Identitätsverwaltung: Benutzer, Rollen, Berechtigungen, Sitzungen und Mehr-Faktor-Authentifizierung – in einem lokalen Speicher, einem gemeinsamen Speicher oder auf einem entfernten Authentifizierungsserver.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;Roles and Permissions</source>
        <translation>&amp;Rollen und Berechtigungen</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>&amp;Audit-Protokoll</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>Needs the %1 permission, which your roles do not grant.</source>
        <translation>Erfordert die Berechtigung %1, die Ihre Rollen nicht gewähren.</translation>
    </message>
    <message>
        <source>Create a user (%1)</source>
        <translation>Einen Benutzer anlegen (%1)</translation>
    </message>
    <message>
        <source>No other recent stores</source>
        <translation>Keine anderen zuletzt verwendeten Speicher</translation>
    </message>
    <message>
        <source>&amp;New User…</source>
        <translation>&amp;Neuer Benutzer …</translation>
    </message>
    <message>
        <source>Act on &amp;Selected Users…</source>
        <translation>Auf &amp;ausgewählte Benutzer anwenden …</translation>
    </message>
    <message>
        <source>Disable, enable, give or take a role, require a password change or delete the selected users, after a preview of what changes</source>
        <translation>Die ausgewählten Benutzer deaktivieren, aktivieren, ihnen eine Rolle geben oder nehmen, eine Passwortänderung verlangen oder sie löschen, nach einer Vorschau der Änderungen</translation>
    </message>
    <message>
        <source>Act on &amp;All Results…</source>
        <translation>Auf alle E&amp;rgebnisse anwenden …</translation>
    </message>
    <message>
        <source>The same, for every user the current search and filters find</source>
        <translation>Dasselbe für jeden Benutzer, den die aktuelle Suche und die Filter finden</translation>
    </message>
    <message>
        <source>&amp;Export Users as CSV…</source>
        <translation>Benutzer als CSV &amp;exportieren …</translation>
    </message>
    <message>
        <source>Write the users the current search and filters find to a CSV file</source>
        <translation>Die Benutzer, die die aktuelle Suche und die Filter finden, in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Switch Store…</source>
        <translation>Speicher &amp;wechseln …</translation>
    </message>
    <message>
        <source>Sign out and open or create another store</source>
        <translation>Abmelden und einen anderen Speicher öffnen oder anlegen</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Hide the console until you sign in again (it also locks by itself when idle)</source>
        <translation>Die Konsole ausblenden, bis Sie sich erneut anmelden (bei Inaktivität sperrt sie sich auch von selbst)</translation>
    </message>
    <message>
        <source>&amp;Recent Stores</source>
        <translation>&amp;Zuletzt verwendete Speicher</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>Ben&amp;utzer</translation>
    </message>
    <message>
        <source>Created the user %1.</source>
        <translation>Der Benutzer %1 wurde angelegt.</translation>
    </message>
    <message>
        <source>Select the users first (Shift or Ctrl with a click, Ctrl+A for all).</source>
        <translation>Wählen Sie zuerst die Benutzer aus (Umschalt- oder Strg-Taste mit Klick, Strg+A für alle).</translation>
    </message>
    <message>
        <source>Bulk Action</source>
        <translation>Massenaktion</translation>
    </message>
    <message>
        <source>Some of the selected rows have not been read from the directory yet. Scroll through them, or use &quot;Act on All Results&quot; for everyone the search finds.</source>
        <translation>Einige der ausgewählten Zeilen wurden noch nicht aus dem Verzeichnis gelesen. Scrollen Sie durch sie, oder verwenden Sie „Auf alle Ergebnisse anwenden“ für alle, die die Suche findet.</translation>
    </message>
    <message>
        <source>Export Users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting users…</source>
        <translation>Benutzer werden exportiert …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exporting users… %1 of %2</source>
        <translation>Benutzer werden exportiert … %1 von %2</translation>
    </message>
    <message>
        <source>Exported the users.</source>
        <translation>Die Benutzer wurden exportiert.</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>&amp;System Colours</source>
        <translation>&amp;Systemfarben</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>S&amp;itzungen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;JWT Inspector…</source>
        <translation>&amp;JWT-Inspektor …</translation>
    </message>
    <message>
        <source>&amp;Signing Keys…</source>
        <translation>&amp;Signaturschlüssel …</translation>
    </message>
    <message>
        <source>Signing keys and the JWT inspector are for local stores: %1 issues its own tokens.</source>
        <translation>Signaturschlüssel und der JWT-Inspektor sind für lokale Speicher gedacht: %1 stellt seine eigenen Tokens aus.</translation>
    </message>
    <message>
        <source>Decode a token and check it against the store&apos;s keys or pasted ones (%1)</source>
        <translation>Ein Token dekodieren und mit den Schlüsseln des Speichers oder eingefügten Schlüsseln prüfen (%1)</translation>
    </message>
    <message>
        <source>The store&apos;s JWT signing keys: rotate, retire, JWKS</source>
        <translation>Die JWT-Signaturschlüssel des Speichers: rotieren, stilllegen, JWKS</translation>
    </message>
</context>
<context>
    <name>authdesk::MfaResetWizard</name>
    <message>
        <source>Reset MFA</source>
        <translation>MFA zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the MFA of %1</source>
        <translation>MFA von %1 zurücksetzen</translation>
    </message>
    <message>
        <source>For a user who lost their authenticator: record the request, look at the account, confirm, and hand over what they need to enroll again.</source>
        <translation>Für einen Benutzer, der seinen Authentifikator verloren hat: Anfrage erfassen, Konto ansehen, bestätigen und übergeben, was er für eine erneute Registrierung braucht.</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Verify who is asking on a channel other than the authenticator being reset — never over it. The ticket, the reason and how you checked are recorded in the audit log.</source>
        <translation>Prüfen Sie, wer anfragt, über einen anderen Kanal als den Authentifikator, der zurückgesetzt wird – niemals über diesen. Das Ticket, die Begründung und die Art der Prüfung werden im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>Ticket number (required)</source>
        <translation>Ticketnummer (erforderlich)</translation>
    </message>
    <message>
        <source>e.g. INC-20417</source>
        <translation>z. B. INC-20417</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket:</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Begründung (erforderlich)</translation>
    </message>
    <message>
        <source>What happened, e.g. phone lost, new phone, authenticator app deleted</source>
        <translation>Was ist passiert, z. B. Telefon verloren, neues Telefon, Authenticator-App gelöscht</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>How you verified the caller&apos;s identity (required)</source>
        <translation>Wie Sie die Identität des Anrufers geprüft haben (erforderlich)</translation>
    </message>
    <message>
        <source>Choose how you verified the caller…</source>
        <translation>Wählen Sie, wie Sie den Anrufer geprüft haben …</translation>
    </message>
    <message>
        <source>Called back the phone number on file</source>
        <translation>Rückruf unter der hinterlegten Telefonnummer</translation>
    </message>
    <message>
        <source>In person, with an identity document</source>
        <translation>Persönlich, mit einem Ausweisdokument</translation>
    </message>
    <message>
        <source>The person&apos;s manager approved the request</source>
        <translation>Die vorgesetzte Person hat die Anfrage genehmigt</translation>
    </message>
    <message>
        <source>Other (describe below)</source>
        <translation>Sonstiges (unten beschreiben)</translation>
    </message>
    <message>
        <source>&amp;Verified by:</source>
        <translation>&amp;Geprüft durch:</translation>
    </message>
    <message>
        <source>How the identity was verified</source>
        <translation>Wie die Identität geprüft wurde</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Details:</translation>
    </message>
    <message>
        <source>What is still missing</source>
        <translation>Was noch fehlt</translation>
    </message>
    <message>
        <source>Required: how you verified the caller</source>
        <translation>Erforderlich: wie Sie den Anrufer geprüft haben</translation>
    </message>
    <message>
        <source>Optional: e.g. the number called, the approving manager</source>
        <translation>Optional: z. B. die angerufene Nummer, die genehmigende vorgesetzte Person</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>Remembered devices:</source>
        <translation>Gespeicherte Geräte:</translation>
    </message>
    <message>
        <source>Live sessions:</source>
        <translation>Aktive Sitzungen:</translation>
    </message>
    <message>
        <source>Temporary pass:</source>
        <translation>Befristeter Zugriffspass:</translation>
    </message>
    <message>
        <source>Authenticator</source>
        <translation>Authentifikator</translation>
    </message>
    <message>
        <source>Factor:</source>
        <translation>Faktor:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <source>Activated:</source>
        <translation>Aktiviert:</translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation>Zuletzt verwendet:</translation>
    </message>
    <message>
        <source>Recovery codes left:</source>
        <translation>Verbleibende Wiederherstellungscodes:</translation>
    </message>
    <message>
        <source>Recent failures and lockouts</source>
        <translation>Letzte Fehlversuche und Sperren</translation>
    </message>
    <message>
        <source>Recent failed second-factor attempts and lockouts, newest first</source>
        <translation>Letzte fehlgeschlagene Versuche mit dem zweiten Faktor und Sperren, neueste zuerst</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Why you cannot reset this user&apos;s MFA</source>
        <translation>Warum Sie die MFA dieses Benutzers nicht zurücksetzen können</translation>
    </message>
    <message>
        <source>Issue a temporary access pass (single use), expiring in</source>
        <translation>Befristeten Zugriffspass ausstellen (einmalig verwendbar), gültig für</translation>
    </message>
    <message>
        <source>Minutes the temporary access pass is valid</source>
        <translation>Minuten, die der befristete Zugriffspass gültig ist</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>&amp;Inspect Again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Read the account&apos;s current MFA state again</source>
        <translation>Den aktuellen MFA-Zustand des Kontos erneut lesen</translation>
    </message>
    <message>
        <source>Resetting does all of this in one step; it cannot be undone:</source>
        <translation>Das Zurücksetzen erledigt all dies in einem Schritt; es kann nicht rückgängig gemacht werden:</translation>
    </message>
    <message>
        <source>What the reset will do</source>
        <translation>Was das Zurücksetzen bewirkt</translation>
    </message>
    <message>
        <source>Type the username to confirm</source>
        <translation>Benutzername zur Bestätigung eingeben</translation>
    </message>
    <message>
        <source>To confirm, type the username %1 exactly (upper and lower case count):</source>
        <translation>Geben Sie zur Bestätigung den Benutzernamen %1 genau ein (Groß- und Kleinschreibung zählt):</translation>
    </message>
    <message>
        <source>What the reset did</source>
        <translation>Was das Zurücksetzen bewirkt hat</translation>
    </message>
    <message>
        <source>Temporary access pass — shown only now</source>
        <translation>Befristeter Zugriffspass – wird nur jetzt angezeigt</translation>
    </message>
    <message>
        <source>Temporary access pass</source>
        <translation>Befristeter Zugriffspass</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the pass; the clipboard is cleared when this window closes</source>
        <translation>Den Pass kopieren; die Zwischenablage wird geleert, wenn dieses Fenster geschlossen wird</translation>
    </message>
    <message>
        <source>Whether the user was told</source>
        <translation>Ob der Benutzer benachrichtigt wurde</translation>
    </message>
    <message>
        <source>Enter the ticket number of the request (required).</source>
        <translation>Geben Sie die Ticketnummer der Anfrage ein (erforderlich).</translation>
    </message>
    <message>
        <source>ticket number</source>
        <translation>Ticketnummer</translation>
    </message>
    <message>
        <source>Enter the reason for the reset (required).</source>
        <translation>Geben Sie die Begründung für das Zurücksetzen ein (erforderlich).</translation>
    </message>
    <message>
        <source>Choose how you verified the caller&apos;s identity (required).</source>
        <translation>Wählen Sie, wie Sie die Identität des Anrufers geprüft haben (erforderlich).</translation>
    </message>
    <message>
        <source>With “Other”, describe how you verified the caller&apos;s identity (required).</source>
        <translation>Beschreiben Sie bei „Sonstiges“, wie Sie die Identität des Anrufers geprüft haben (erforderlich).</translation>
    </message>
    <message>
        <source>verification note</source>
        <translation>Prüfvermerk</translation>
    </message>
    <message>
        <source>Step 1 of 4: the request</source>
        <translation>Schritt 1 von 4: die Anfrage</translation>
    </message>
    <message>
        <source>Step 2 of 4: the account, without secrets</source>
        <translation>Schritt 2 von 4: das Konto, ohne Geheimnisse</translation>
    </message>
    <message>
        <source>Step 3 of 4: confirm</source>
        <translation>Schritt 3 von 4: bestätigen</translation>
    </message>
    <message>
        <source>Step 4 of 4: done</source>
        <translation>Schritt 4 von 4: erledigt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Look at the account before resetting</source>
        <translation>Sehen Sie sich das Konto vor dem Zurücksetzen an</translation>
    </message>
    <message>
        <source>Read what the reset will do</source>
        <translation>Lesen Sie, was das Zurücksetzen bewirkt</translation>
    </message>
    <message>
        <source>You cannot reset this user&apos;s MFA.</source>
        <translation>Sie können die MFA dieses Benutzers nicht zurücksetzen.</translation>
    </message>
    <message>
        <source>Inspect the account first.</source>
        <translation>Prüfen Sie zuerst das Konto.</translation>
    </message>
    <message>
        <source>&amp;Reset MFA</source>
        <translation>MFA zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Reset now</source>
        <translation>Jetzt zurücksetzen</translation>
    </message>
    <message>
        <source>Type the username exactly to confirm.</source>
        <translation>Geben Sie zur Bestätigung den Benutzernamen genau ein.</translation>
    </message>
    <message>
        <source>the directory did not say why</source>
        <translation>das Verzeichnis hat keinen Grund genannt</translation>
    </message>
    <message>
        <source>Reading the account&apos;s MFA state…</source>
        <translation>Der MFA-Zustand des Kontos wird gelesen …</translation>
    </message>
    <message>
        <source>Cannot inspect the account: %1</source>
        <translation>Das Konto kann nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>no email on file</source>
        <translation>keine E-Mail hinterlegt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>One is outstanding (unused, not expired)</source>
        <translation>Einer ist offen (unbenutzt, nicht abgelaufen)</translation>
    </message>
    <message>
        <source>None outstanding</source>
        <translation>Keiner offen</translation>
    </message>
    <message>
        <source>None active; an enrollment is pending since %1</source>
        <translation>Keiner aktiv; eine Registrierung steht seit %1 aus</translation>
    </message>
    <message>
        <source>None enrolled</source>
        <translation>Keiner registriert</translation>
    </message>
    <message>
        <source>Pending enrollment (never activated), since %1</source>
        <translation>Ausstehende Registrierung (nie aktiviert), seit %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Disabled after too many wrong codes (%1)</source>
        <translation>Nach zu vielen falschen Codes deaktiviert (%1)</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>Zeit unbekannt</translation>
    </message>
    <message>
        <source>%1 (%2, %3 digits, %4 s): %5</source>
        <translation>%1 (%2, %3 Ziffern, %4 s): %5</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>No recent failed attempts or lockouts.</source>
        <translation>Keine kürzlichen Fehlversuche oder Sperren.</translation>
    </message>
    <message numerus="yes">
        <source>%n recent failure(s), %1 of them lockouts; %2 wrong code(s) in a row now.</source>
        <translation>
            <numerusform>%n kürzlicher Fehlversuch, davon %1 Sperren; falsche Codes in Folge derzeit: %2.</numerusform>
            <numerusform>%n kürzliche Fehlversuche, davon %1 Sperren; falsche Codes in Folge derzeit: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule: nobody resets their own MFA; another operator has to.</source>
        <translation>Regel: Niemand setzt die eigene MFA zurück; das muss ein anderer Operator tun.</translation>
    </message>
    <message>
        <source>Rule: resetting MFA needs the console permission %1.</source>
        <translation>Regel: Das Zurücksetzen der MFA erfordert die Konsolenberechtigung %1.</translation>
    </message>
    <message>
        <source>Rule: you cannot reset a user who holds a console permission you do not have.</source>
        <translation>Regel: Sie können keinen Benutzer zurücksetzen, der eine Konsolenberechtigung hat, die Sie nicht haben.</translation>
    </message>
    <message>
        <source>The directory refuses this reset.</source>
        <translation>Das Verzeichnis lehnt dieses Zurücksetzen ab.</translation>
    </message>
    <message>
        <source>You cannot reset the MFA of %1.
%2
%3</source>
        <translation>Sie können die MFA von %1 nicht zurücksetzen.
%2
%3</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %1 authenticator and its %n recovery code(s).</source>
        <translation>
            <numerusform>Den %1-Authentifikator und seinen %n Wiederherstellungscode entfernen.</numerusform>
            <numerusform>Den %1-Authentifikator und seine %n Wiederherstellungscodes entfernen.</numerusform>
        </translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation>TOTP</translation>
    </message>
    <message>
        <source>Discard the pending enrollment (there is no active authenticator).</source>
        <translation>Die ausstehende Registrierung verwerfen (es gibt keinen aktiven Authentifikator).</translation>
    </message>
    <message>
        <source>No authenticator is enrolled, so none is removed.</source>
        <translation>Es ist kein Authentifikator registriert, daher wird keiner entfernt.</translation>
    </message>
    <message>
        <source>Discard the pending enrollment as well.</source>
        <translation>Auch die ausstehende Registrierung verwerfen.</translation>
    </message>
    <message numerus="yes">
        <source>Forget %n remembered device(s).</source>
        <translation>
            <numerusform>%n gespeichertes Gerät vergessen.</numerusform>
            <numerusform>%n gespeicherte Geräte vergessen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n session(s) and refresh token(s).</source>
        <translation>
            <numerusform>%n Sitzung und Refresh-Token widerrufen.</numerusform>
            <numerusform>%n Sitzungen und Refresh-Tokens widerrufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the failed-attempt counter and any lockout.</source>
        <translation>Den Zähler für Fehlversuche und jede Sperre zurücksetzen.</translation>
    </message>
    <message>
        <source>Require %1 to enroll an authenticator at the next sign-in.</source>
        <translation>%1 muss bei der nächsten Anmeldung einen Authentifikator registrieren.</translation>
    </message>
    <message numerus="yes">
        <source>Issue a temporary access pass for one sign-in within %n minute(s); it is shown to you once.</source>
        <translation>
            <numerusform>Einen befristeten Zugriffspass für eine Anmeldung innerhalb von %n Minute ausstellen; er wird Ihnen einmal angezeigt.</numerusform>
            <numerusform>Einen befristeten Zugriffspass für eine Anmeldung innerhalb von %n Minuten ausstellen; er wird Ihnen einmal angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try to tell %1 through the store&apos;s notifier (its settings cannot be read here: %2).</source>
        <translation>Versuchen, %1 über den Benachrichtigungsdienst des Speichers zu benachrichtigen (seine Einstellungen können hier nicht gelesen werden: %2).</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>noch nicht gelesen</translation>
    </message>
    <message>
        <source>Nobody is told: no notifier is configured in the store&apos;s settings.</source>
        <translation>Niemand wird benachrichtigt: In den Einstellungen des Speichers ist kein Benachrichtigungsdienst eingerichtet.</translation>
    </message>
    <message>
        <source>Nobody is told: %1 has no email on file.</source>
        <translation>Niemand wird benachrichtigt: Für %1 ist keine E-Mail hinterlegt.</translation>
    </message>
    <message>
        <source>Tell %1 at %2 (%3).</source>
        <translation>%1 unter %2 benachrichtigen (%3).</translation>
    </message>
    <message>
        <source>Record one audit event with ticket %1, the reason and the verification method.</source>
        <translation>Ein Audit-Ereignis mit Ticket %1, der Begründung und der Prüfmethode festhalten.</translation>
    </message>
    <message>
        <source>Resetting the MFA of %1…</source>
        <translation>Die MFA von %1 wird zurückgesetzt …</translation>
    </message>
    <message>
        <source>Someone changed the MFA of %1 meanwhile, so nothing was reset. Inspect again to see the current state. (%2)</source>
        <translation>Jemand hat die MFA von %1 inzwischen geändert, daher wurde nichts zurückgesetzt. Prüfen Sie erneut, um den aktuellen Zustand zu sehen. (%2)</translation>
    </message>
    <message>
        <source>The store is not available, so nothing was reset: %1 Inspect again once it is back.</source>
        <translation>Der Speicher ist nicht verfügbar, daher wurde nichts zurückgesetzt: %1 Prüfen Sie erneut, sobald er wieder verfügbar ist.</translation>
    </message>
    <message>
        <source>The reset was refused; nothing was changed: %1</source>
        <translation>Das Zurücksetzen wurde abgelehnt; es wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>The MFA of %1 was reset. Audit event #%2 records it.</source>
        <translation>Die MFA von %1 wurde zurückgesetzt. Audit-Ereignis #%2 hält dies fest.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n authenticator(s)</source>
        <translation>
            <numerusform>%n Authentifikator entfernt</numerusform>
            <numerusform>%n Authentifikatoren entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recovery code(s)</source>
        <translation>
            <numerusform>%n Wiederherstellungscode</numerusform>
            <numerusform>%n Wiederherstellungscodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>forgot %n device(s)</source>
        <translation>
            <numerusform>%n Gerät vergessen</numerusform>
            <numerusform>%n Geräte vergessen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>revoked %n session(s).</source>
        <translation>
            <numerusform>%n Sitzung widerrufen.</numerusform>
            <numerusform>%n Sitzungen widerrufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must enroll an authenticator at the next sign-in.</source>
        <translation>%1 muss bei der nächsten Anmeldung einen Authentifikator registrieren.</translation>
    </message>
    <message>
        <source>Valid for one sign-in until %1. Give it to %2 on the verified channel; it is stored only as a hash and cannot be shown again.</source>
        <translation>Gültig für eine Anmeldung bis %1. Geben Sie ihn %2 über den geprüften Kanal; er wird nur als Hash gespeichert und kann nicht erneut angezeigt werden.</translation>
    </message>
    <message>
        <source>%1 was told at %2 (%3).</source>
        <translation>%1 wurde unter %2 benachrichtigt (%3).</translation>
    </message>
    <message>
        <source>%1 was told at %2 (%3): %4</source>
        <translation>%1 wurde unter %2 benachrichtigt (%3): %4</translation>
    </message>
    <message>
        <source>%1 was not told: no notifier is configured in the store&apos;s settings. Tell them yourself on the verified channel.</source>
        <translation>%1 wurde nicht benachrichtigt: In den Einstellungen des Speichers ist kein Benachrichtigungsdienst eingerichtet. Informieren Sie die Person selbst über den geprüften Kanal.</translation>
    </message>
    <message>
        <source>Warning: %1 was NOT told — the notification to %2 failed: %3
The reset stands; the audit event records the failure. Tell them yourself on the verified channel.</source>
        <translation>Warnung: %1 wurde NICHT benachrichtigt – die Benachrichtigung an %2 ist fehlgeschlagen: %3
Das Zurücksetzen bleibt bestehen; das Audit-Ereignis hält den Fehler fest. Informieren Sie die Person selbst über den geprüften Kanal.</translation>
    </message>
</context>
<context>
    <name>authdesk::NewRoleDialog</name>
    <message>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Rollenname</translation>
    </message>
    <message>
        <source>Role description</source>
        <translation>Rollenbeschreibung</translation>
    </message>
    <message>
        <source>Create role</source>
        <translation>Rolle anlegen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Creating the role…</source>
        <translation>Die Rolle wird angelegt …</translation>
    </message>
</context>
<context>
    <name>authdesk::NewUserDialog</name>
    <message>
        <source>Set a &amp;password:</source>
        <translation>&amp;Passwort festlegen:</translation>
    </message>
    <message>
        <source>&amp;No password for now</source>
        <translation>&amp;Vorerst kein Passwort</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>Er&amp;zeugen</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>K&amp;opieren</translation>
    </message>
    <message>
        <source>User must &amp;change it at the first sign-in</source>
        <translation>Benutzer muss es bei der ersten Anmeldung ä&amp;ndern</translation>
    </message>
    <message>
        <source>New User</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>Create a user</source>
        <translation>Einen Benutzer anlegen</translation>
    </message>
    <message>
        <source>The store checks the username, email and password against its rules.</source>
        <translation>Der Speicher prüft Benutzername, E-Mail und Passwort anhand seiner Regeln.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>The account cannot sign in until someone sets its password</source>
        <translation>Das Konto kann sich erst anmelden, wenn jemand sein Passwort festlegt</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Fills in a strong random password that meets the store&apos;s policy and shows it</source>
        <translation>Trägt ein starkes Zufallspasswort ein, das der Richtlinie des Speichers genügt, und zeigt es an</translation>
    </message>
    <message>
        <source>Copies the password, to hand it over</source>
        <translation>Kopiert das Passwort, um es weiterzugeben</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Rollen:</translation>
    </message>
    <message>
        <source>&amp;Create User</source>
        <translation>Benutzer an&amp;legen</translation>
    </message>
    <message>
        <source>Giving roles needs the roles.read and roles.assign permissions.</source>
        <translation>Zum Vergeben von Rollen sind die Berechtigungen roles.read und roles.assign nötig.</translation>
    </message>
    <message>
        <source>You cannot give this role: it holds %1, which you do not have.</source>
        <translation>Sie können diese Rolle nicht vergeben: Sie enthält %1, was Sie nicht haben.</translation>
    </message>
    <message>
        <source>Creating the user…</source>
        <translation>Benutzer wird angelegt …</translation>
    </message>
</context>
<context>
    <name>authdesk::ResetPasswordDialog</name>
    <message>
        <source>Reset Password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Das Passwort von %1 zurücksetzen</translation>
    </message>
    <message>
        <source>The directory checks the new password against its password policy. Setting it ends the user&apos;s sessions.</source>
        <translation>Das Verzeichnis prüft das neue Passwort anhand seiner Passwortrichtlinie. Das Festlegen beendet die Sitzungen des Benutzers.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>Fill in a strong random password that the policy accepts</source>
        <translation>Ein starkes Zufallspasswort eintragen, das die Richtlinie akzeptiert</translation>
    </message>
    <message>
        <source>Generated password</source>
        <translation>Erzeugtes Passwort</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the generated password to the clipboard</source>
        <translation>Das erzeugte Passwort in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Give this password to the user now; it is shown only here, once. A copy stays on the clipboard until this dialog closes.</source>
        <translation>Geben Sie dieses Passwort jetzt an den Benutzer weiter; es wird nur hier und nur einmal angezeigt. Eine Kopie bleibt in der Zwischenablage, bis dieser Dialog geschlossen wird.</translation>
    </message>
    <message>
        <source>User &amp;must change the password at next sign-in</source>
        <translation>Benutzer &amp;muss das Passwort bei der nächsten Anmeldung ändern</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Neues &amp;Passwort:</translation>
    </message>
    <message>
        <source>Generated:</source>
        <translation>Erzeugt:</translation>
    </message>
    <message>
        <source>&amp;Set Password</source>
        <translation>Passwort &amp;festlegen</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Wird erzeugt …</translation>
    </message>
    <message>
        <source>Type a new password, or press Generate for one.</source>
        <translation>Geben Sie ein neues Passwort ein, oder klicken Sie auf „Erzeugen“.</translation>
    </message>
    <message>
        <source>Setting the password…</source>
        <translation>Passwort wird festgelegt …</translation>
    </message>
</context>
<context>
    <name>authdesk::RoleListModel</name>
    <message>
        <source>Built-in</source>
        <translation>Integriert</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Seeded with every store; its permissions can still be changed.</source>
        <translation>Wird mit jedem Speicher angelegt; ihre Berechtigungen können trotzdem geändert werden.</translation>
    </message>
    <message>
        <source>Created by an administrator.</source>
        <translation>Von einem Administrator angelegt.</translation>
    </message>
    <message>
        <source>No permissions</source>
        <translation>Keine Berechtigungen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
</context>
<context>
    <name>authdesk::RolesView</name>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>&amp;New role…</source>
        <translation>&amp;Neue Rolle …</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>Members of the selected role:</source>
        <translation>Mitglieder der ausgewählten Rolle:</translation>
    </message>
    <message>
        <source>Members of the selected role</source>
        <translation>Mitglieder der ausgewählten Rolle</translation>
    </message>
    <message>
        <source>Permissions of each role</source>
        <translation>Berechtigungen jeder Rolle</translation>
    </message>
    <message>
        <source>Rows are permissions, columns are roles. Changes stay pending until you apply them.</source>
        <translation>Zeilen sind Berechtigungen, Spalten sind Rollen. Änderungen bleiben ausstehend, bis Sie sie anwenden.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Send the pending changes to the directory (Ctrl+Return)</source>
        <translation>Die ausstehenden Änderungen an das Verzeichnis senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Forget every pending change</source>
        <translation>Alle ausstehenden Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Die letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Die zuletzt rückgängig gemachte Änderung wiederholen</translation>
    </message>
    <message>
        <source>Apply pending changes</source>
        <translation>Ausstehende Änderungen anwenden</translation>
    </message>
    <message>
        <source>Discard pending changes</source>
        <translation>Ausstehende Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Progress of applying changes</source>
        <translation>Fortschritt beim Anwenden der Änderungen</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Username or email</source>
        <translation>Benutzername oder E-Mail</translation>
    </message>
    <message>
        <source>User to explain</source>
        <translation>Zu erklärender Benutzer</translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation>&amp;Erklären</translation>
    </message>
    <message>
        <source>Explain the user&apos;s permissions</source>
        <translation>Die Berechtigungen des Benutzers erklären</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Comes through the roles</source>
        <translation>Erhalten über die Rollen</translation>
    </message>
    <message>
        <source>The user&apos;s permissions and the roles they come through</source>
        <translation>Die Berechtigungen des Benutzers und die Rollen, über die er sie erhält</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Why does a user have this permission?</source>
        <translation>Warum hat ein Benutzer diese Berechtigung?</translation>
    </message>
    <message>
        <source>Applied %1 of %2 changes…</source>
        <translation>%1 von %2 Änderungen angewendet …</translation>
    </message>
    <message>
        <source>Create a role without permissions</source>
        <translation>Eine Rolle ohne Berechtigungen anlegen</translation>
    </message>
    <message>
        <source>Creating roles needs the console permission roles.manage, which you do not have.</source>
        <translation>Zum Anlegen von Rollen ist die Konsolenberechtigung roles.manage nötig, die Sie nicht haben.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) pending; apply them to make them take effect.</source>
        <translation>
            <numerusform>%n Änderung ausstehend; wenden Sie sie an, damit sie wirksam wird.</numerusform>
            <numerusform>%n Änderungen ausstehend; wenden Sie sie an, damit sie wirksam werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>All changes were applied.</source>
        <translation>Alle Änderungen wurden angewendet.</translation>
    </message>
    <message>
        <source>Stopped: %1 The changes not yet applied are still pending.</source>
        <translation>Angehalten: %1 Die noch nicht angewendeten Änderungen sind weiterhin ausstehend.</translation>
    </message>
    <message>
        <source>Members of %1:</source>
        <translation>Mitglieder von %1:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nobody has this role.</source>
        <translation>Niemand hat diese Rolle.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a username or email first.</source>
        <translation>Geben Sie zuerst einen Benutzernamen oder eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 wird gesucht …</translation>
    </message>
    <message>
        <source>%1 has %2 through: %3</source>
        <translation>%1 hat %2 über: %3</translation>
    </message>
    <message>
        <source>%1 has no effective permissions (no roles, or the account is disabled).</source>
        <translation>%1 hat keine wirksamen Berechtigungen (keine Rollen, oder das Konto ist deaktiviert).</translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s) for %1.</source>
        <translation>
            <numerusform>%n Berechtigung für %1.</numerusform>
            <numerusform>%n Berechtigungen für %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The role %1 was created.</source>
        <translation>Die Rolle %1 wurde angelegt.</translation>
    </message>
</context>
<context>
    <name>authdesk::SavedQueries</name>
    <message>
        <source>A saved query needs a name.</source>
        <translation>Eine gespeicherte Abfrage braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name of a saved query is too long (at most %1 characters).</source>
        <translation>Der Name einer gespeicherten Abfrage ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>The name of a saved query contains control or invisible characters.</source>
        <translation>Der Name einer gespeicherten Abfrage enthält Steuerzeichen oder unsichtbare Zeichen.</translation>
    </message>
    <message>
        <source>There already is a saved query named “%1”.</source>
        <translation>Es gibt bereits eine gespeicherte Abfrage namens „%1“.</translation>
    </message>
    <message>
        <source>There is no saved query named “%1”.</source>
        <translation>Es gibt keine gespeicherte Abfrage namens „%1“.</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Suche: %1</translation>
    </message>
</context>
<context>
    <name>authdesk::SessionGuard</name>
    <message numerus="yes">
        <source>You signed in %n hour(s) ago. Sign in again to go on; nothing you were editing is lost.</source>
        <translation>
            <numerusform>Sie haben sich vor %n Stunde angemeldet. Melden Sie sich erneut an, um fortzufahren; nichts, was Sie bearbeitet haben, geht verloren.</numerusform>
            <numerusform>Sie haben sich vor %n Stunden angemeldet. Melden Sie sich erneut an, um fortzufahren; nichts, was Sie bearbeitet haben, geht verloren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The console was locked after %n minute(s) without use. Nothing you were editing is lost.</source>
        <translation>
            <numerusform>Die Konsole wurde nach %n Minute ohne Nutzung gesperrt. Nichts, was Sie bearbeitet haben, geht verloren.</numerusform>
            <numerusform>Die Konsole wurde nach %n Minuten ohne Nutzung gesperrt. Nichts, was Sie bearbeitet haben, geht verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>The console is locked. Nothing you were editing is lost.</source>
        <translation>Die Konsole ist gesperrt. Nichts, was Sie bearbeitet haben, geht verloren.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>Authentifikator-Code</translation>
    </message>
    <message>
        <source>Authenticator &amp;code:</source>
        <translation>Authentifikator-&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Confirm it is you</source>
        <translation>Bestätigen Sie, dass Sie es sind</translation>
    </message>
    <message>
        <source>AuthDesk is locked — %1</source>
        <translation>AuthDesk ist gesperrt — %1</translation>
    </message>
    <message>
        <source>Type your password to unlock.</source>
        <translation>Geben Sie Ihr Passwort ein, um zu entsperren.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Type the code your authenticator app shows now.</source>
        <translation>Geben Sie den Code ein, den Ihre Authenticator-App gerade anzeigt.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Code wird geprüft …</translation>
    </message>
    <message>
        <source>Only %1, who is signed in, can unlock this console; anyone else signs out first.</source>
        <translation>Nur der angemeldete Benutzer %1 kann diese Konsole entsperren; alle anderen melden sich zuerst ab.</translation>
    </message>
</context>
<context>
    <name>authdesk::SessionListModel</name>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Live (password change only)</source>
        <translation>Aktiv (nur Passwortänderung)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Refresh family</source>
        <translation>Refresh-Familie</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Account #%1</source>
        <translation>Konto #%1</translation>
    </message>
    <message>
        <source>A server session: the application checks its token with the directory</source>
        <translation>Eine Serversitzung: Die Anwendung prüft ihr Token beim Verzeichnis</translation>
    </message>
    <message numerus="yes">
        <source>A refresh-token family: rotated %n time(s); ending it ends every token it issued</source>
        <translation>
            <numerusform>Eine Refresh-Token-Familie: %n-mal rotiert; wird sie beendet, enden alle Tokens, die sie ausgestellt hat</numerusform>
            <numerusform>Eine Refresh-Token-Familie: %n-mal rotiert; wird sie beendet, enden alle Tokens, die sie ausgestellt hat</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle expiry: %1
Absolute expiry: %2</source>
        <translation>Ablauf bei Inaktivität: %1
Absoluter Ablauf: %2</translation>
    </message>
    <message>
        <source>Absolute expiry: %1</source>
        <translation>Absoluter Ablauf: %1</translation>
    </message>
    <message>
        <source>Signed in with a second factor</source>
        <translation>Mit einem zweiten Faktor angemeldet</translation>
    </message>
    <message>
        <source>Signed in with the password alone</source>
        <translation>Nur mit dem Passwort angemeldet</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Beendet am %1</translation>
    </message>
    <message>
        <source>The list is in this order, the latest activity first</source>
        <translation>Die Liste ist in dieser Reihenfolge sortiert: letzte Aktivität zuerst</translation>
    </message>
    <message>
        <source>When the session stops working unless used or ended first: the earlier of its idle and absolute expiry</source>
        <translation>Wann die Sitzung nicht mehr funktioniert, sofern sie nicht vorher genutzt oder beendet wird: der frühere Zeitpunkt von Ablauf bei Inaktivität und absolutem Ablauf</translation>
    </message>
    <message>
        <source>Whether the sign-in used a second factor</source>
        <translation>Ob bei der Anmeldung ein zweiter Faktor verwendet wurde</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>authdesk::SessionsView</name>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>Show the sessions of this user</source>
        <translation>Die Sitzungen dieses Benutzers anzeigen</translation>
    </message>
    <message>
        <source>A username, email or #id; empty for everyone&apos;s sessions. Return shows them.</source>
        <translation>Ein Benutzername, eine E-Mail oder #ID; leer für die Sitzungen aller Benutzer. Die Eingabetaste zeigt sie an.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Include &amp;ended</source>
        <translation>Be&amp;endete einbeziehen</translation>
    </message>
    <message>
        <source>Also list the sessions that were ended or have expired (kept until pruned)</source>
        <translation>Auch beendete oder abgelaufene Sitzungen auflisten (bleiben bis zur Bereinigung erhalten)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the sessions from the directory again (%1)</source>
        <translation>Die Sitzungen erneut aus dem Verzeichnis lesen (%1)</translation>
    </message>
    <message>
        <source>Refresh the sessions</source>
        <translation>Die Sitzungen aktualisieren</translation>
    </message>
    <message>
        <source>Selected session</source>
        <translation>Ausgewählte Sitzung</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Second factor:</source>
        <translation>Zweiter Faktor:</translation>
    </message>
    <message>
        <source>IP address:</source>
        <translation>IP-Adresse:</translation>
    </message>
    <message>
        <source>User agent:</source>
        <translation>User-Agent:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <source>Last seen:</source>
        <translation>Zuletzt aktiv:</translation>
    </message>
    <message>
        <source>Idle expiry:</source>
        <translation>Ablauf bei Inaktivität:</translation>
    </message>
    <message>
        <source>Absolute expiry:</source>
        <translation>Absoluter Ablauf:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Beendet:</translation>
    </message>
    <message>
        <source>Select a session to see it in full.</source>
        <translation>Wählen Sie eine Sitzung aus, um alle Details zu sehen.</translation>
    </message>
    <message>
        <source>E&amp;nd Session</source>
        <translation>&amp;Sitzung beenden</translation>
    </message>
    <message>
        <source>Sign Out User E&amp;verywhere…</source>
        <translation>Benutzer &amp;überall abmelden …</translation>
    </message>
    <message>
        <source>Sign Out Every&amp;one…</source>
        <translation>A&amp;lle abmelden …</translation>
    </message>
    <message>
        <source>End the selected session</source>
        <translation>Die ausgewählte Sitzung beenden</translation>
    </message>
    <message>
        <source>Sign the user out of every application</source>
        <translation>Den Benutzer von allen Anwendungen abmelden</translation>
    </message>
    <message>
        <source>Sign every user out of every application</source>
        <translation>Alle Benutzer von allen Anwendungen abmelden</translation>
    </message>
    <message>
        <source>Sessions status</source>
        <translation>Status der Sitzungsliste</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Ergebnis der letzten Aktion</translation>
    </message>
    <message>
        <source>Your console permissions are not known yet.</source>
        <translation>Ihre Konsolenberechtigungen sind noch nicht bekannt.</translation>
    </message>
    <message>
        <source>Needs the console permission %1, which you do not have.</source>
        <translation>Erfordert die Konsolenberechtigung %1, die Sie nicht haben.</translation>
    </message>
    <message>
        <source>Select a session first.</source>
        <translation>Wählen Sie zuerst eine Sitzung aus.</translation>
    </message>
    <message>
        <source>The selected session has ended already.</source>
        <translation>Die ausgewählte Sitzung ist bereits beendet.</translation>
    </message>
    <message>
        <source>End the selected session at once; the user&apos;s other sessions stay (%1)</source>
        <translation>Die ausgewählte Sitzung sofort beenden; die anderen Sitzungen des Benutzers bleiben bestehen (%1)</translation>
    </message>
    <message>
        <source>Select a session, or show one user&apos;s sessions, first.</source>
        <translation>Wählen Sie zuerst eine Sitzung aus oder zeigen Sie die Sitzungen eines Benutzers an.</translation>
    </message>
    <message>
        <source>End every session of %1 in every application (%2)</source>
        <translation>Alle Sitzungen von %1 in allen Anwendungen beenden (%2)</translation>
    </message>
    <message>
        <source>Needs the console permissions %1 and %2, which you do not have.</source>
        <translation>Erfordert die Konsolenberechtigungen %1 und %2, die Sie nicht haben.</translation>
    </message>
    <message>
        <source>End every session of every user in every application (%1)</source>
        <translation>Alle Sitzungen aller Benutzer in allen Anwendungen beenden (%1)</translation>
    </message>
    <message>
        <source>Cannot show the sessions: %1</source>
        <translation>Die Sitzungen können nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Loading sessions…</source>
        <translation>Sitzungen werden geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%n live session(s)</source>
        <translation>
            <numerusform>%n aktive Sitzung</numerusform>
            <numerusform>%n aktive Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n live session(s) of %1</source>
        <translation>
            <numerusform>%n aktive Sitzung von %1</numerusform>
            <numerusform>%n aktive Sitzungen von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n row(s) with the ended ones</source>
        <translation>
            <numerusform>%1; %n Zeile mit den beendeten</numerusform>
            <numerusform>%1; %n Zeilen mit den beendeten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of %3 shown; scroll for more)</source>
        <translation>%1 (%2 von %3 angezeigt; scrollen Sie für mehr)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 #%2, rotated %n time(s)</source>
        <translation>
            <numerusform>%1 #%2, %n-mal rotiert</numerusform>
            <numerusform>%1 #%2, %n-mal rotiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Used at sign-in</source>
        <translation>Bei der Anmeldung verwendet</translation>
    </message>
    <message>
        <source>Not used (password alone)</source>
        <translation>Nicht verwendet (nur Passwort)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not ended</source>
        <translation>nicht beendet</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>unknown address</source>
        <translation>unbekannte Adresse</translation>
    </message>
    <message>
        <source>unknown user agent</source>
        <translation>unbekannter User-Agent</translation>
    </message>
    <message>
        <source>End Session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>End session #%1 of %2?</source>
        <translation>Sitzung #%1 von %2 beenden?</translation>
    </message>
    <message>
        <source>End refresh family #%1 of %2?</source>
        <translation>Refresh-Familie #%1 von %2 beenden?</translation>
    </message>
    <message>
        <source>The application session from %1, last seen %2, stops working at once. The other sessions of %3 stay.</source>
        <translation>Die Anwendungssitzung von %1 (zuletzt aktiv: %2) funktioniert sofort nicht mehr. Die anderen Sitzungen von %3 bleiben bestehen.</translation>
    </message>
    <message>
        <source>The refresh token from %1, last seen %2, stops working at once, so no new access token comes from it. The other sessions of %3 stay.</source>
        <translation>Das Refresh-Token von %1 (zuletzt aktiv: %2) funktioniert sofort nicht mehr, sodass daraus kein neues Zugriffstoken mehr hervorgeht. Die anderen Sitzungen von %3 bleiben bestehen.</translation>
    </message>
    <message>
        <source>Ending session #%1…</source>
        <translation>Sitzung #%1 wird beendet …</translation>
    </message>
    <message>
        <source>Ended session #%1 of %2.</source>
        <translation>Sitzung #%1 von %2 beendet.</translation>
    </message>
    <message>
        <source>Session #%1 of %2 had ended already.</source>
        <translation>Sitzung #%1 von %2 war bereits beendet.</translation>
    </message>
    <message>
        <source>Counting the live sessions…</source>
        <translation>Die aktiven Sitzungen werden gezählt …</translation>
    </message>
    <message>
        <source>Sign Out Everyone</source>
        <translation>Alle abmelden</translation>
    </message>
    <message>
        <source>Sign out every user of %1 everywhere?</source>
        <translation>Alle Benutzer von %1 überall abmelden?</translation>
    </message>
    <message numerus="yes">
        <source>All %n live session(s) of all users end now, and every access token issued until now stops being accepted. Every user has to sign in again in every application. Console sign-ins, yours included, are not affected.</source>
        <translation>
            <numerusform>Die %n aktive Sitzung aller Benutzer endet jetzt, und kein bis jetzt ausgestelltes Zugriffstoken wird mehr akzeptiert. Jeder Benutzer muss sich in jeder Anwendung erneut anmelden. Anmeldungen an der Konsole, auch Ihre, sind nicht betroffen.</numerusform>
            <numerusform>Alle %n aktiven Sitzungen aller Benutzer enden jetzt, und kein bis jetzt ausgestelltes Zugriffstoken wird mehr akzeptiert. Jeder Benutzer muss sich in jeder Anwendung erneut anmelden. Anmeldungen an der Konsole, auch Ihre, sind nicht betroffen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign Out Everywhere</source>
        <translation>Überall abmelden</translation>
    </message>
    <message>
        <source>Sign %1 out everywhere?</source>
        <translation>%1 überall abmelden?</translation>
    </message>
    <message numerus="yes">
        <source>The %n live session(s) of %1 end now, and every access token issued to %1 until now stops being accepted. %1 has to sign in again in every application.</source>
        <translation>
            <numerusform>Die %n aktive Sitzung von %1 endet jetzt, und kein bis jetzt an %1 ausgestelltes Zugriffstoken wird mehr akzeptiert. %1 muss sich in jeder Anwendung erneut anmelden.</numerusform>
            <numerusform>Die %n aktiven Sitzungen von %1 enden jetzt, und kein bis jetzt an %1 ausgestelltes Zugriffstoken wird mehr akzeptiert. %1 muss sich in jeder Anwendung erneut anmelden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no live session now; the access tokens issued to %1 until now stop being accepted all the same.</source>
        <translation>%1 hat derzeit keine aktive Sitzung; die bis jetzt an %1 ausgestellten Zugriffstokens werden trotzdem nicht mehr akzeptiert.</translation>
    </message>
    <message>
        <source>Sign Out %1</source>
        <translation>%1 abmelden</translation>
    </message>
    <message>
        <source>Signing everyone out…</source>
        <translation>Alle werden abgemeldet …</translation>
    </message>
    <message>
        <source>Signing %1 out everywhere…</source>
        <translation>%1 wird überall abgemeldet …</translation>
    </message>
    <message numerus="yes">
        <source>Signed everyone out: %n session(s) ended.</source>
        <translation>
            <numerusform>Alle abgemeldet: %n Sitzung beendet.</numerusform>
            <numerusform>Alle abgemeldet: %n Sitzungen beendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signed %1 out everywhere: %n session(s) ended.</source>
        <translation>
            <numerusform>%1 überall abgemeldet: %n Sitzung beendet.</numerusform>
            <numerusform>%1 überall abgemeldet: %n Sitzungen beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions, the newest first</source>
        <translation>Sitzungen, die neuesten zuerst</translation>
    </message>
</context>
<context>
    <name>authdesk::SignInDialog</name>
    <message>
        <source>Sign In to AuthDesk</source>
        <translation>Bei AuthDesk anmelden</translation>
    </message>
    <message>
        <source>Username or email</source>
        <translation>Benutzername oder E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Username or email:</source>
        <translation>&amp;Benutzername oder E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Sign in to AuthDesk</source>
        <translation>Bei AuthDesk anmelden</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Code wird geprüft …</translation>
    </message>
    <message>
        <source>Remembering this computer…</source>
        <translation>Dieser Computer wird gespeichert …</translation>
    </message>
    <message>
        <source>Type one of your recovery codes. Each code works only once.</source>
        <translation>Geben Sie einen Ihrer Wiederherstellungscodes ein. Jeder Code funktioniert nur einmal.</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>&amp;Wiederherstellungscode:</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Use the authenticator app instead</source>
        <translation>Stattdessen die Authenticator-App verwenden</translation>
    </message>
    <message>
        <source>Type the code your authenticator app shows now (6 or 8 digits).</source>
        <translation>Geben Sie den Code ein, den Ihre Authenticator-App gerade anzeigt (6 oder 8 Ziffern).</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>Authentifikator-Code</translation>
    </message>
    <message>
        <source>Use a recovery code instead</source>
        <translation>Stattdessen einen Wiederherstellungscode verwenden</translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;member on this computer for %n day(s)</source>
        <translation>
            <numerusform>Auf diesem Computer %n Tag &amp;merken</numerusform>
            <numerusform>Auf diesem Computer %n Tage &amp;merken</numerusform>
        </translation>
    </message>
    <message>
        <source>Use a temporary access pass from the helpdesk</source>
        <translation>Befristeten Zugriffspass vom Helpdesk verwenden</translation>
    </message>
    <message>
        <source>Your authenticator was reset: type the temporary access pass the helpdesk gave you. It works once; then set up your new authenticator.</source>
        <translation>Ihr Authentifikator wurde zurückgesetzt: Geben Sie den befristeten Zugriffspass ein, den Ihnen der Helpdesk gegeben hat. Er gilt nur einmal; richten Sie danach Ihren neuen Authentifikator ein.</translation>
    </message>
    <message>
        <source>&amp;Access pass:</source>
        <translation>&amp;Zugriffspass:</translation>
    </message>
    <message>
        <source>Temporary access pass</source>
        <translation>Befristeter Zugriffspass</translation>
    </message>
</context>
<context>
    <name>authdesk::SigningKeysDialog</name>
    <message>
        <source>Signing Keys</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>JWT signing keys</source>
        <translation>JWT-Signaturschlüssel</translation>
    </message>
    <message>
        <source>The active key signs new access tokens. A retiring key no longer signs but still verifies until the last token it signed has expired; a retired key verifies nothing. Applications verify with the JWKS.</source>
        <translation>Der aktive Schlüssel signiert neue Zugriffstokens. Ein auslaufender Schlüssel signiert nicht mehr, prüft aber weiter, bis das letzte von ihm signierte Token abgelaufen ist; ein stillgelegter Schlüssel prüft nichts mehr. Anwendungen prüfen mit dem JWKS.</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Retiring since</source>
        <translation>Auslaufend seit</translation>
    </message>
    <message>
        <source>Retired at</source>
        <translation>Stillgelegt am</translation>
    </message>
    <message>
        <source>This store has no signing key yet. It makes its first (EdDSA) at the first JWT login, or rotate to make one now.</source>
        <translation>Dieser Speicher hat noch keinen Signaturschlüssel. Er erzeugt seinen ersten (EdDSA) bei der ersten JWT-Anmeldung; Sie können auch jetzt rotieren, um einen zu erzeugen.</translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation>&amp;Rotieren …</translation>
    </message>
    <message>
        <source>R&amp;etire</source>
        <translation>&amp;Stilllegen</translation>
    </message>
    <message>
        <source>E&amp;xport JWKS…</source>
        <translation>JWKS e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Save the public keys applications verify with as a JSON file</source>
        <translation>Die öffentlichen Schlüssel, mit denen Anwendungen prüfen, als JSON-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Copy JWKS</source>
        <translation>JWKS &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the public keys applications verify with (no secret is in them)</source>
        <translation>Die öffentlichen Schlüssel kopieren, mit denen Anwendungen prüfen (sie enthalten kein Geheimnis)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>retiring</source>
        <translation>auslaufend</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>stillgelegt</translation>
    </message>
    <message>
        <source>Reading the signing keys…</source>
        <translation>Die Signaturschlüssel werden gelesen …</translation>
    </message>
    <message>
        <source>%1 (not published)</source>
        <translation>%1 (nicht veröffentlicht)</translation>
    </message>
    <message>
        <source>A shared secret: only this store verifies its tokens, and it is never in the JWKS.</source>
        <translation>Ein gemeinsames Geheimnis: Nur dieser Speicher prüft seine Tokens, und es steht nie im JWKS.</translation>
    </message>
    <message>
        <source>Needs the %1 permission, which your roles do not grant.</source>
        <translation>Erfordert die Berechtigung %1, die Ihre Rollen nicht gewähren.</translation>
    </message>
    <message>
        <source>Make a new active key; the current one retires gracefully</source>
        <translation>Einen neuen aktiven Schlüssel erzeugen; der aktuelle läuft geordnet aus</translation>
    </message>
    <message>
        <source>Select a retiring key to retire it.</source>
        <translation>Wählen Sie einen auslaufenden Schlüssel aus, um ihn stillzulegen.</translation>
    </message>
    <message>
        <source>%1 is the active key: rotate first, then retire it.</source>
        <translation>%1 ist der aktive Schlüssel: Rotieren Sie zuerst und legen Sie ihn dann still.</translation>
    </message>
    <message>
        <source>%1 is retired already.</source>
        <translation>%1 ist bereits stillgelegt.</translation>
    </message>
    <message>
        <source>Stop %1 verifying now, before the tokens it signed expire</source>
        <translation>Die Prüfung mit %1 sofort beenden, noch bevor die von ihm signierten Tokens ablaufen</translation>
    </message>
    <message>
        <source>Rotate Signing Key</source>
        <translation>Signaturschlüssel rotieren</translation>
    </message>
    <message>
        <source>The new key signs every access token from now on. The current key retires: it keeps verifying the tokens it signed until they expire.</source>
        <translation>Der neue Schlüssel signiert ab jetzt jedes Zugriffstoken. Der aktuelle Schlüssel läuft aus: Er prüft die von ihm signierten Tokens weiter, bis sie ablaufen.</translation>
    </message>
    <message>
        <source>&amp;EdDSA (Ed25519) — recommended</source>
        <translation>&amp;EdDSA (Ed25519) — empfohlen</translation>
    </message>
    <message>
        <source>Small, fast signatures with no weak parameters to get wrong. Verifiers need a JOSE library that knows Ed25519 (RFC 8037); most current ones do.</source>
        <translation>Kleine, schnelle Signaturen ohne schwache Parameter, die man falsch wählen könnte. Prüfende Anwendungen brauchen eine JOSE-Bibliothek, die Ed25519 kennt (RFC 8037); die meisten aktuellen tun das.</translation>
    </message>
    <message>
        <source>E&amp;S256 (ECDSA on P-256)</source>
        <translation>E&amp;S256 (ECDSA auf P-256)</translation>
    </message>
    <message>
        <source>The public-key algorithm nearly every JWT library verifies. Choose it when an application cannot verify EdDSA.</source>
        <translation>Das Public-Key-Verfahren, das fast jede JWT-Bibliothek prüfen kann. Wählen Sie es, wenn eine Anwendung EdDSA nicht prüfen kann.</translation>
    </message>
    <message>
        <source>&amp;HS256 (shared secret)</source>
        <translation>&amp;HS256 (gemeinsames Geheimnis)</translation>
    </message>
    <message>
        <source>An HMAC secret that never leaves the store: HS256 keys are never published in the JWKS, so only this store can verify the tokens, and applications that verify with the JWKS cannot.</source>
        <translation>Ein HMAC-Geheimnis, das den Speicher nie verlässt: HS256-Schlüssel werden nie im JWKS veröffentlicht, daher kann nur dieser Speicher die Tokens prüfen; Anwendungen, die mit dem JWKS prüfen, können es nicht.</translation>
    </message>
    <message>
        <source>&amp;Rotate</source>
        <translation>&amp;Rotieren</translation>
    </message>
    <message>
        <source>Making a new %1 key…</source>
        <translation>Ein neuer %1-Schlüssel wird erzeugt …</translation>
    </message>
    <message>
        <source>%1 (%2) now signs new tokens.</source>
        <translation>%1 (%2) signiert jetzt neue Tokens.</translation>
    </message>
    <message>
        <source>%1 (%2) now signs new tokens; %3 is retiring and verifies until its last token expires.</source>
        <translation>%1 (%2) signiert jetzt neue Tokens; %3 läuft aus und prüft weiter, bis sein letztes Token abläuft.</translation>
    </message>
    <message>
        <source>Retire %1 now? Tokens it signed stop verifying at once, even before they expire; their holders must sign in again.</source>
        <translation>%1 jetzt stilllegen? Von ihm signierte Tokens bestehen die Prüfung sofort nicht mehr, auch vor ihrem Ablauf; ihre Inhaber müssen sich erneut anmelden.</translation>
    </message>
    <message>
        <source>Retire Signing Key</source>
        <translation>Signaturschlüssel stilllegen</translation>
    </message>
    <message>
        <source>Retiring %1…</source>
        <translation>%1 wird stillgelegt …</translation>
    </message>
    <message>
        <source>%1 is retired: it verifies nothing any more.</source>
        <translation>%1 ist stillgelegt: Er prüft nichts mehr.</translation>
    </message>
    <message>
        <source>Export JWKS</source>
        <translation>JWKS exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Reading the public keys…</source>
        <translation>Die öffentlichen Schlüssel werden gelesen …</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved the JWKS (%n public key(s)) to %1.</source>
        <translation>
            <numerusform>Das JWKS (%n öffentlicher Schlüssel) wurde unter %1 gespeichert.</numerusform>
            <numerusform>Das JWKS (%n öffentliche Schlüssel) wurde unter %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the JWKS (%n public key(s)).</source>
        <translation>
            <numerusform>Das JWKS wurde kopiert (%n öffentlicher Schlüssel).</numerusform>
            <numerusform>Das JWKS wurde kopiert (%n öffentliche Schlüssel).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authdesk::StartDialog</name>
    <message>
        <source>AuthDesk — Choose a Store</source>
        <translation>AuthDesk — Speicher auswählen</translation>
    </message>
    <message>
        <source>Choose the store to work on</source>
        <translation>Wählen Sie den Speicher, mit dem Sie arbeiten möchten</translation>
    </message>
    <message>
        <source>A store holds a directory&apos;s users, roles, permissions and audit log in one file. Open one you have worked on, or create a new one and become its owner.</source>
        <translation>Ein Speicher enthält die Benutzer, Rollen, Berechtigungen und das Audit-Protokoll eines Verzeichnisses in einer Datei. Öffnen Sie einen, mit dem Sie bereits gearbeitet haben, oder legen Sie einen neuen an und werden Sie sein Eigentümer.</translation>
    </message>
    <message>
        <source>Recent stores</source>
        <translation>Zuletzt verwendete Speicher</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Remove from List</source>
        <translation>Aus der Liste &amp;entfernen</translation>
    </message>
    <message>
        <source>Removes the store from this list; the file itself stays where it is</source>
        <translation>Entfernt den Speicher aus dieser Liste; die Datei selbst bleibt, wo sie ist</translation>
    </message>
    <message>
        <source>Open &amp;Another Store…</source>
        <translation>&amp;Anderen Speicher öffnen …</translation>
    </message>
    <message>
        <source>No store has been opened on this computer yet. Create one below, or open a store file someone gave you.</source>
        <translation>Auf diesem Computer wurde noch kein Speicher geöffnet. Legen Sie unten einen an, oder öffnen Sie eine Speicherdatei, die Sie erhalten haben.</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>Neuer Speicher</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Speicherort:</translation>
    </message>
    <message>
        <source>Location of the new store</source>
        <translation>Speicherort des neuen Speichers</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Create Store…</source>
        <translation>Speicher an&amp;legen …</translation>
    </message>
    <message>
        <source>The store is one file; keep it where your backups reach. Its secrets are sealed with a key only its administrators&apos; passwords open.</source>
        <translation>Der Speicher ist eine einzelne Datei; legen Sie ihn dort ab, wo Ihre Sicherungen ihn erfassen. Seine Geheimnisse sind mit einem Schlüssel versiegelt, den nur die Passwörter seiner Administratoren öffnen.</translation>
    </message>
    <message>
        <source>%1 — %2 (missing)</source>
        <translation>%1 — %2 (fehlt)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>There is no store at %1. It may have been moved or deleted; create a new store or open it where it is now.</source>
        <translation>Unter %1 gibt es keinen Speicher. Er wurde möglicherweise verschoben oder gelöscht; legen Sie einen neuen Speicher an oder öffnen Sie ihn an seinem jetzigen Ort.</translation>
    </message>
    <message>
        <source>Choose where the new store goes.</source>
        <translation>Wählen Sie, wo der neue Speicher abgelegt wird.</translation>
    </message>
    <message>
        <source>%1 already exists. Open it from &quot;Open Another Store…&quot;, or choose a new file name.</source>
        <translation>%1 existiert bereits. Öffnen Sie die Datei über „Anderen Speicher öffnen …“, oder wählen Sie einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>AuthDesk cannot write in %1.</source>
        <translation>AuthDesk kann nicht in %1 schreiben.</translation>
    </message>
    <message>
        <source>Open a Store</source>
        <translation>Speicher öffnen</translation>
    </message>
    <message>
        <source>AuthDesk stores (%1);;All files (*)</source>
        <translation>AuthDesk-Speicher (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Store</source>
        <translation>Neuer Speicher</translation>
    </message>
    <message>
        <source>AuthDesk stores (%1)</source>
        <translation>AuthDesk-Speicher (%1)</translation>
    </message>
</context>
<context>
    <name>authdesk::TokenInspectorDialog</name>
    <message>
        <source>issued at</source>
        <translation>ausgestellt am</translation>
    </message>
    <message>
        <source>not before</source>
        <translation>nicht vor</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>läuft ab</translation>
    </message>
    <message>
        <source>signed in at</source>
        <translation>angemeldet am</translation>
    </message>
    <message>
        <source>JWT Inspector</source>
        <translation>JWT-Inspektor</translation>
    </message>
    <message>
        <source>Paste an access token to see what it says and whether it is valid. The token stays in this dialog: it is not saved or logged, and the boxes are emptied when the dialog closes.</source>
        <translation>Fügen Sie ein Zugriffstoken ein, um zu sehen, was es aussagt und ob es gültig ist. Das Token bleibt in diesem Dialog: Es wird weder gespeichert noch protokolliert, und die Felder werden geleert, wenn der Dialog geschlossen wird.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>eyJhbGciOi… (header.claims.signature)</source>
        <translation>eyJhbGciOi… (Header.Claims.Signatur)</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>This store&apos;s &amp;keys</source>
        <translation>&amp;Schlüssel dieses Speichers</translation>
    </message>
    <message>
        <source>The store&apos;s active and retiring signing keys, and its issuer and audience</source>
        <translation>Die aktiven und auslaufenden Signaturschlüssel des Speichers sowie sein Aussteller und seine Zielgruppe</translation>
    </message>
    <message>
        <source>&amp;Pasted JWKS / PEM</source>
        <translation>&amp;Eingefügtes JWKS / PEM</translation>
    </message>
    <message>
        <source>Another issuer&apos;s keys: a JWKS, one JWK or a PEM public key. Its issuer and audience are shown, not checked.</source>
        <translation>Die Schlüssel eines anderen Ausstellers: ein JWKS, ein JWK oder ein öffentlicher PEM-Schlüssel. Aussteller und Zielgruppe werden angezeigt, nicht geprüft.</translation>
    </message>
    <message>
        <source>Verify with:</source>
        <translation>Prüfen mit:</translation>
    </message>
    <message>
        <source>Keys to verify with</source>
        <translation>Schlüssel zum Prüfen</translation>
    </message>
    <message>
        <source>{&quot;keys&quot;: [ … ]}  or  -----BEGIN PUBLIC KEY-----</source>
        <translation>{&quot;keys&quot;: [ … ]}  oder  -----BEGIN PUBLIC KEY-----</translation>
    </message>
    <message>
        <source>Ke&amp;ys to verify with (a JWKS, one JWK or a PEM public key):</source>
        <translation>Schl&amp;üssel zum Prüfen (ein JWKS, ein JWK oder ein öffentlicher PEM-Schlüssel):</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Check the signature and the claims now (it also happens by itself after a paste)</source>
        <translation>Signatur und Claims jetzt prüfen (geschieht nach dem Einfügen auch von selbst)</translation>
    </message>
    <message>
        <source>Token header</source>
        <translation>Token-Header</translation>
    </message>
    <message>
        <source>Token claims</source>
        <translation>Token-Claims</translation>
    </message>
    <message>
        <source>Time claims in local time</source>
        <translation>Zeit-Claims in Ortszeit</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Relativ</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <source>C&amp;laims:</source>
        <translation>C&amp;laims:</translation>
    </message>
    <message>
        <source>T&amp;imes:</source>
        <translation>&amp;Zeiten:</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Prüfergebnis</translation>
    </message>
    <message>
        <source>Not a JWT: %1 (%2)</source>
        <translation>Kein JWT: %1 (%2)</translation>
    </message>
    <message>
        <source>Paste the JWKS, a JWK or a PEM public key to verify against, or choose this store&apos;s keys.</source>
        <translation>Fügen Sie das JWKS, einen JWK oder einen öffentlichen PEM-Schlüssel zum Prüfen ein, oder wählen Sie die Schlüssel dieses Speichers.</translation>
    </message>
    <message>
        <source>Could not check the token: the store is closed.</source>
        <translation>Das Token konnte nicht geprüft werden: Der Speicher ist geschlossen.</translation>
    </message>
    <message>
        <source>Checking the signature and the claims…</source>
        <translation>Signatur und Claims werden geprüft …</translation>
    </message>
    <message>
        <source>Could not check the token with the pasted keys: %1</source>
        <translation>Das Token konnte mit den eingefügten Schlüsseln nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Could not check the token: %1</source>
        <translation>Das Token konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>the pasted keys</source>
        <translation>eingefügte Schlüssel</translation>
    </message>
    <message>
        <source>this store&apos;s keys</source>
        <translation>Schlüssel dieses Speichers</translation>
    </message>
    <message>
        <source>(no kid)</source>
        <translation>(keine kid)</translation>
    </message>
    <message>
        <source>Verified with key %1 (%2)</source>
        <translation>Geprüft mit Schlüssel %1 (%2)</translation>
    </message>
    <message>
        <source>Not valid: %1 (%2)</source>
        <translation>Nicht gültig: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 UTC (%2)</source>
        <translation>%1 UTC (%2)</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>A time claim is a number of seconds since 1970-01-01 UTC.</source>
        <translation>Ein Zeit-Claim ist eine Anzahl Sekunden seit 1970-01-01 UTC.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message numerus="yes">
        <source>in %n second(s)</source>
        <translation>
            <numerusform>in %n Sekunde</numerusform>
            <numerusform>in %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>vor %n Sekunde</numerusform>
            <numerusform>vor %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authdesk::TotpEnrollDialog</name>
    <message>
        <source>Set Up Authenticator</source>
        <translation>Authentifikator einrichten</translation>
    </message>
    <message>
        <source>New Recovery Codes</source>
        <translation>Neue Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>Set up an authenticator app for %1</source>
        <translation>Authenticator-App für %1 einrichten</translation>
    </message>
    <message>
        <source>New recovery codes for %1</source>
        <translation>Neue Wiederherstellungscodes für %1</translation>
    </message>
    <message>
        <source>Scan the QR code with the authenticator app on %1&apos;s phone, type the code it then shows, and hand over the recovery codes.</source>
        <translation>Scannen Sie den QR-Code mit der Authenticator-App auf dem Telefon von %1, geben Sie den dann angezeigten Code ein und übergeben Sie die Wiederherstellungscodes.</translation>
    </message>
    <message>
        <source>A new set of recovery codes replaces the current one: the old codes stop working at once.</source>
        <translation>Ein neuer Satz Wiederherstellungscodes ersetzt den aktuellen: Die alten Codes funktionieren sofort nicht mehr.</translation>
    </message>
    <message>
        <source>Making a new authenticator key…</source>
        <translation>Ein neuer Authentifikator-Schlüssel wird erzeugt …</translation>
    </message>
    <message>
        <source>Make a new set of 10 recovery codes for %1? The codes they have now stop working, and the new ones are shown only once.</source>
        <translation>Einen neuen Satz von 10 Wiederherstellungscodes für %1 erzeugen? Die bisherigen Codes funktionieren dann nicht mehr, und die neuen werden nur einmal angezeigt.</translation>
    </message>
    <message>
        <source>QR code for the authenticator app</source>
        <translation>QR-Code für die Authenticator-App</translation>
    </message>
    <message>
        <source>In the app, add an account and scan this code. The app then shows the issuer and the account named here. No camera? Show the key and type it in instead.</source>
        <translation>Fügen Sie in der App ein Konto hinzu und scannen Sie diesen Code. Die App zeigt dann den Aussteller und das hier genannte Konto an. Keine Kamera? Blenden Sie stattdessen den Schlüssel ein und geben Sie ihn ein.</translation>
    </message>
    <message>
        <source>&amp;Show Key</source>
        <translation>Schlüssel &amp;einblenden</translation>
    </message>
    <message>
        <source>Show the secret key and the otpauth link, to type or paste into the app</source>
        <translation>Den geheimen Schlüssel und den otpauth-Link anzeigen, um sie in die App einzugeben oder einzufügen</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <source>Cop&amp;y Key</source>
        <translation>Schlüssel kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copy the secret key</source>
        <translation>Den geheimen Schlüssel kopieren</translation>
    </message>
    <message>
        <source>otpauth link</source>
        <translation>otpauth-Link</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>Copy the otpauth link</source>
        <translation>Den otpauth-Link kopieren</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>Schl&amp;üssel:</translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation>Lin&amp;k:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Code from the authenticator app</source>
        <translation>Code aus der Authenticator-App</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>These recovery codes let %1 sign in without the phone. Each works once. They are shown only now: print them or save them as a PDF for %1, then tick the box.</source>
        <translation>Mit diesen Wiederherstellungscodes kann sich %1 ohne das Telefon anmelden. Jeder Code funktioniert nur einmal. Sie werden nur jetzt angezeigt: Drucken Sie sie für %1 aus oder speichern Sie sie als PDF und setzen Sie dann das Häkchen.</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the recovery codes</source>
        <translation>Die Wiederherstellungscodes kopieren</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern …</translation>
    </message>
    <message>
        <source>Save the recovery sheet as a PDF</source>
        <translation>Das Wiederherstellungsblatt als PDF speichern</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>Print the recovery sheet</source>
        <translation>Das Wiederherstellungsblatt drucken</translation>
    </message>
    <message>
        <source>I have &amp;stored these codes</source>
        <translation>Ich habe diese Codes sicher &amp;aufbewahrt</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Make New Codes</source>
        <translation>&amp;Neue Codes erzeugen</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Making new recovery codes…</source>
        <translation>Neue Wiederherstellungscodes werden erzeugt …</translation>
    </message>
    <message>
        <source>No authenticator was set up: %1</source>
        <translation>Es wurde kein Authentifikator eingerichtet: %1</translation>
    </message>
    <message>
        <source>No new recovery codes were made: %1</source>
        <translation>Es wurden keine neuen Wiederherstellungscodes erzeugt: %1</translation>
    </message>
    <message>
        <source>Adds the account %1 from %2 to an authenticator app.</source>
        <translation>Fügt das Konto %1 von %2 zu einer Authenticator-App hinzu.</translation>
    </message>
    <message>
        <source>%1 already has an active authenticator. It keeps working until this new one is activated with its first code; then only the new one works.</source>
        <translation>%1 hat bereits einen aktiven Authentifikator. Er funktioniert weiter, bis dieser neue mit seinem ersten Code aktiviert wird; danach funktioniert nur noch der neue.</translation>
    </message>
    <message>
        <source>Type the %1-digit code the app now shows for %2 (%3). It changes every %4 seconds.</source>
        <translation>Geben Sie den %1-stelligen Code ein, den die App jetzt für %2 (%3) anzeigt. Er ändert sich alle %4 Sekunden.</translation>
    </message>
    <message>
        <source>Hide &amp;Key</source>
        <translation>Schlüssel aus&amp;blenden</translation>
    </message>
    <message>
        <source>The code has %1 digits; the app shows %2.</source>
        <translation>Der Code hat %1 Ziffern; die App zeigt %2.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Code wird geprüft …</translation>
    </message>
    <message>
        <source>The authenticator of %1 is active.</source>
        <translation>Der Authentifikator von %1 ist aktiv.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>recovery-codes-%1.pdf</source>
        <translation>wiederherstellungscodes-%1.pdf</translation>
    </message>
    <message>
        <source>Save Recovery Sheet</source>
        <translation>Wiederherstellungsblatt speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the recovery sheet to %1 (readable by you only). Hand it over, then delete the file.</source>
        <translation>Das Wiederherstellungsblatt wurde unter %1 gespeichert (nur für Sie lesbar). Übergeben Sie es und löschen Sie dann die Datei.</translation>
    </message>
    <message>
        <source>Recovery codes for %1</source>
        <translation>Wiederherstellungscodes für %1</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Sent the recovery sheet to the printer.</source>
        <translation>Das Wiederherstellungsblatt wurde an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared when this dialog closes.</source>
        <translation>Kopiert. Die Zwischenablage wird geleert, wenn dieser Dialog geschlossen wird.</translation>
    </message>
    <message numerus="yes">
        <source>This dialog closes in %n second(s), so the key is not left on the screen.</source>
        <translation>
            <numerusform>Dieser Dialog schließt sich in %n Sekunde, damit der Schlüssel nicht auf dem Bildschirm bleibt.</numerusform>
            <numerusform>Dieser Dialog schließt sich in %n Sekunden, damit der Schlüssel nicht auf dem Bildschirm bleibt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close without keeping the recovery codes? They are not shown again; new ones would have to be made.</source>
        <translation>Schließen, ohne die Wiederherstellungscodes aufzubewahren? Sie werden nicht erneut angezeigt; es müssten neue erzeugt werden.</translation>
    </message>
    <message>
        <source>Recovery Codes Not Stored</source>
        <translation>Wiederherstellungscodes nicht aufbewahrt</translation>
    </message>
</context>
<context>
    <name>authdesk::UserDetailPane</name>
    <message>
        <source>User details</source>
        <translation>Benutzerdetails</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>&amp;Passwort zurücksetzen …</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Deaktivieren …</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>Akti&amp;vieren</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>&amp;Add Role</source>
        <translation>Rolle &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Role</source>
        <translation>Rolle en&amp;tfernen</translation>
    </message>
    <message>
        <source>Re&amp;load User</source>
        <translation>Benutzer &amp;neu laden</translation>
    </message>
    <message>
        <source>Edit the user</source>
        <translation>Den Benutzer bearbeiten</translation>
    </message>
    <message>
        <source>Reset the user&apos;s password</source>
        <translation>Das Passwort des Benutzers zurücksetzen</translation>
    </message>
    <message>
        <source>Disable the user</source>
        <translation>Den Benutzer deaktivieren</translation>
    </message>
    <message>
        <source>Enable the user</source>
        <translation>Den Benutzer aktivieren</translation>
    </message>
    <message>
        <source>Delete the user</source>
        <translation>Den Benutzer löschen</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Ergebnis der letzten Aktion</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Anzeigename:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Must change password:</source>
        <translation>Muss Passwort ändern:</translation>
    </message>
    <message>
        <source>Password scheme:</source>
        <translation>Passwortverfahren:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>Last sign-in:</source>
        <translation>Letzte Anmeldung:</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>The user&apos;s roles</source>
        <translation>Die Rollen des Benutzers</translation>
    </message>
    <message>
        <source>Role to add</source>
        <translation>Hinzuzufügende Rolle</translation>
    </message>
    <message>
        <source>Add the chosen role</source>
        <translation>Die gewählte Rolle hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected role</source>
        <translation>Die ausgewählte Rolle entfernen</translation>
    </message>
    <message>
        <source>Multi-factor authentication</source>
        <translation>Multi-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Enrolled:</source>
        <translation>Registriert:</translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation>Zuletzt verwendet:</translation>
    </message>
    <message>
        <source>Failed attempts:</source>
        <translation>Fehlversuche:</translation>
    </message>
    <message>
        <source>Recovery codes left:</source>
        <translation>Verbleibende Wiederherstellungscodes:</translation>
    </message>
    <message>
        <source>Effective permissions</source>
        <translation>Effektive Berechtigungen</translation>
    </message>
    <message>
        <source>The user&apos;s effective permissions and the roles they come through</source>
        <translation>Die effektiven Berechtigungen des Benutzers und die Rollen, über die sie kommen</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Letzte Aktivitäten</translation>
    </message>
    <message>
        <source>Recent audit events about the user, newest first</source>
        <translation>Letzte Audit-Ereignisse zum Benutzer, neueste zuerst</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Select a user to see the details.</source>
        <translation>Wählen Sie einen Benutzer aus, um die Details zu sehen.</translation>
    </message>
    <message>
        <source>Your console permissions are not known yet.</source>
        <translation>Ihre Konsolenberechtigungen sind noch nicht bekannt.</translation>
    </message>
    <message>
        <source>Needs the console permission %1, which you do not have.</source>
        <translation>Erfordert die Konsolenberechtigung %1, die Sie nicht haben.</translation>
    </message>
    <message>
        <source>No user selected</source>
        <translation>Kein Benutzer ausgewählt</translation>
    </message>
    <message>
        <source>Reading users needs the console permission %1, which you do not have.</source>
        <translation>Zum Lesen von Benutzern ist die Konsolenberechtigung %1 nötig, die Sie nicht haben.</translation>
    </message>
    <message>
        <source>Reading the user…</source>
        <translation>Benutzer wird gelesen …</translation>
    </message>
    <message>
        <source>%1 · %2 · #%3</source>
        <translation>%1 · %2 · #%3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>keine Begründung angegeben</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Disabled until enabled again. Reason: %1</source>
        <translation>Deaktiviert, bis das Konto wieder aktiviert wird. Begründung: %1</translation>
    </message>
    <message>
        <source>Active again: the disablement ended %1. Reason was: %2</source>
        <translation>Wieder aktiv: Die Deaktivierung endete %1. Begründung war: %2</translation>
    </message>
    <message>
        <source>Disabled until %1. Reason: %2</source>
        <translation>Deaktiviert bis %1. Begründung: %2</translation>
    </message>
    <message>
        <source>Yes, at the next sign-in</source>
        <translation>Ja, bei der nächsten Anmeldung</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>No password set</source>
        <translation>Kein Passwort festgelegt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>No roles</source>
        <translation>Keine Rollen</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Nicht registriert</translation>
    </message>
    <message>
        <source>Enrollment started, waiting for the first code</source>
        <translation>Registrierung begonnen, wartet auf den ersten Code</translation>
    </message>
    <message>
        <source>Disabled (too many failed attempts, or reset); must be enrolled again</source>
        <translation>Deaktiviert (zu viele Fehlversuche oder zurückgesetzt); muss neu registriert werden</translation>
    </message>
    <message>
        <source>%1; a new enrollment waits for its first code since %2</source>
        <translation>%1; eine neue Registrierung wartet seit %2 auf ihren ersten Code</translation>
    </message>
    <message>
        <source>%1 (%2, %3 digits, %4 s)</source>
        <translation>%1 (%2, %3 Ziffern, %4 s)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 in a row, the last %2</source>
        <translation>%1 in Folge, zuletzt %2</translation>
    </message>
    <message>
        <source>The user has no second factor; they sign in with the password alone.</source>
        <translation>Der Benutzer hat keinen zweiten Faktor; er meldet sich nur mit dem Passwort an.</translation>
    </message>
    <message>
        <source>via role %1</source>
        <translation>über die Rolle %1</translation>
    </message>
    <message>
        <source>via roles %1</source>
        <translation>über die Rollen %1</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>%1 has %2 %3</source>
        <translation>%1 hat %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s).</source>
        <translation>
            <numerusform>%n Berechtigung.</numerusform>
            <numerusform>%n Berechtigungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>None: a disabled account exercises none of its roles.</source>
        <translation>Keine: Ein deaktiviertes Konto übt keine seiner Rollen aus.</translation>
    </message>
    <message>
        <source>None: no role of the user grants a permission.</source>
        <translation>Keine: Keine Rolle des Benutzers gewährt eine Berechtigung.</translation>
    </message>
    <message>
        <source>The user&apos;s audit events need the console permission %1, which you do not have.</source>
        <translation>Die Audit-Ereignisse des Benutzers erfordern die Konsolenberechtigung %1, die Sie nicht haben.</translation>
    </message>
    <message>
        <source>(nobody signed in)</source>
        <translation>(niemand angemeldet)</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>No audit events about this user among the recent ones.</source>
        <translation>Unter den letzten Audit-Ereignissen ist keines zu diesem Benutzer.</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n event(s), newest first.</source>
        <translation>
            <numerusform>Das letzte Ereignis, neueste zuerst.</numerusform>
            <numerusform>Die letzten %n Ereignisse, neueste zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing roles needs the console permission %1, which you do not have.</source>
        <translation>Zum Ändern von Rollen ist die Konsolenberechtigung %1 nötig, die Sie nicht haben.</translation>
    </message>
    <message>
        <source>Listing the roles to add needs the console permission %1, which you do not have.</source>
        <translation>Zum Auflisten der hinzufügbaren Rollen ist die Konsolenberechtigung %1 nötig, die Sie nicht haben.</translation>
    </message>
    <message>
        <source>The user holds every role there is.</source>
        <translation>Der Benutzer hat bereits alle vorhandenen Rollen.</translation>
    </message>
    <message>
        <source>Change the email and display name (%1)</source>
        <translation>E-Mail und Anzeigename ändern (%1)</translation>
    </message>
    <message>
        <source>Set a new password; the user&apos;s sessions end (%1)</source>
        <translation>Ein neues Passwort festlegen; die Sitzungen des Benutzers enden (%1)</translation>
    </message>
    <message>
        <source>Stop the user from signing in, with a reason (%1)</source>
        <translation>Die Anmeldung des Benutzers mit einer Begründung unterbinden (%1)</translation>
    </message>
    <message>
        <source>The user is disabled already.</source>
        <translation>Der Benutzer ist bereits deaktiviert.</translation>
    </message>
    <message>
        <source>Let the user sign in again (%1)</source>
        <translation>Den Benutzer wieder anmelden lassen (%1)</translation>
    </message>
    <message>
        <source>The user is not disabled.</source>
        <translation>Der Benutzer ist nicht deaktiviert.</translation>
    </message>
    <message>
        <source>Delete the user for good (%1)</source>
        <translation>Den Benutzer endgültig löschen (%1)</translation>
    </message>
    <message>
        <source>Give the user the role chosen beside</source>
        <translation>Dem Benutzer die daneben gewählte Rolle geben</translation>
    </message>
    <message>
        <source>No role to add.</source>
        <translation>Keine Rolle zum Hinzufügen.</translation>
    </message>
    <message>
        <source>Take the selected role from the user</source>
        <translation>Dem Benutzer die ausgewählte Rolle entziehen</translation>
    </message>
    <message>
        <source>Select one of the user&apos;s roles first.</source>
        <translation>Wählen Sie zuerst eine der Rollen des Benutzers aus.</translation>
    </message>
    <message>
        <source>Saved the changes to %1.</source>
        <translation>Die Änderungen an %1 wurden gespeichert.</translation>
    </message>
    <message>
        <source>The password of %1 was set; they must change it at the next sign-in.</source>
        <translation>Das Passwort von %1 wurde festgelegt; es muss bei der nächsten Anmeldung geändert werden.</translation>
    </message>
    <message>
        <source>The password of %1 was set.</source>
        <translation>Das Passwort von %1 wurde festgelegt.</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 ist deaktiviert.</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Enabling…</source>
        <translation>Wird aktiviert …</translation>
    </message>
    <message>
        <source>%1 is enabled again.</source>
        <translation>%1 ist wieder aktiviert.</translation>
    </message>
    <message>
        <source>Adding the role %1…</source>
        <translation>Die Rolle %1 wird hinzugefügt …</translation>
    </message>
    <message>
        <source>%1 now has the role %2.</source>
        <translation>%1 hat jetzt die Rolle %2.</translation>
    </message>
    <message>
        <source>Removing the role %1…</source>
        <translation>Die Rolle %1 wird entfernt …</translation>
    </message>
    <message>
        <source>%1 no longer has the role %2.</source>
        <translation>%1 hat die Rolle %2 nicht mehr.</translation>
    </message>
    <message>
        <source>Set Up &amp;Authenticator…</source>
        <translation>&amp;Authentifikator einrichten …</translation>
    </message>
    <message>
        <source>New Re&amp;covery Codes…</source>
        <translation>Neue &amp;Wiederherstellungscodes …</translation>
    </message>
    <message>
        <source>Set up or replace the user&apos;s authenticator app</source>
        <translation>Die Authenticator-App des Benutzers einrichten oder ersetzen</translation>
    </message>
    <message>
        <source>Make new recovery codes for the user</source>
        <translation>Neue Wiederherstellungscodes für den Benutzer erzeugen</translation>
    </message>
    <message>
        <source>Replace &amp;Authenticator…</source>
        <translation>&amp;Authentifikator ersetzen …</translation>
    </message>
    <message>
        <source>Enroll a new authenticator app; the current one works until the new one is activated</source>
        <translation>Eine neue Authenticator-App registrieren; die aktuelle funktioniert, bis die neue aktiviert ist</translation>
    </message>
    <message>
        <source>Enroll an authenticator app with a QR code</source>
        <translation>Eine Authenticator-App mit einem QR-Code registrieren</translation>
    </message>
    <message>
        <source>Make a new set of recovery codes; the old ones stop working</source>
        <translation>Einen neuen Satz Wiederherstellungscodes erzeugen; die alten funktionieren dann nicht mehr</translation>
    </message>
    <message>
        <source>The user has no active authenticator, so no recovery codes.</source>
        <translation>Der Benutzer hat keinen aktiven Authentifikator und daher keine Wiederherstellungscodes.</translation>
    </message>
    <message>
        <source>Changing your own authenticator needs you to sign in again, which this window cannot ask for.</source>
        <translation>Um Ihren eigenen Authentifikator zu ändern, müssen Sie sich erneut anmelden; dieses Fenster kann das nicht abfragen.</translation>
    </message>
    <message>
        <source>Sign in again to make new recovery codes for yourself.</source>
        <translation>Melden Sie sich erneut an, um neue Wiederherstellungscodes für sich selbst zu erzeugen.</translation>
    </message>
    <message>
        <source>Sign in again to change your own authenticator.</source>
        <translation>Melden Sie sich erneut an, um Ihren eigenen Authentifikator zu ändern.</translation>
    </message>
    <message>
        <source>Reset &amp;MFA…</source>
        <translation>&amp;MFA zurücksetzen …</translation>
    </message>
    <message>
        <source>Reset the user&apos;s MFA</source>
        <translation>Die MFA des Benutzers zurücksetzen</translation>
    </message>
    <message>
        <source>Remove the user&apos;s authenticator after a verified request, so they enroll again (%1)</source>
        <translation>Den Authentifikator des Benutzers nach einer geprüften Anfrage entfernen, damit er sich neu registriert (%1)</translation>
    </message>
    <message>
        <source>The MFA of %1 was reset; they enroll again at the next sign-in.</source>
        <translation>Die MFA von %1 wurde zurückgesetzt; bei der nächsten Anmeldung erfolgt eine neue Registrierung.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Show &amp;Sessions</source>
        <translation>&amp;Sitzungen anzeigen</translation>
    </message>
    <message>
        <source>Sign &amp;Out Everywhere…</source>
        <translation>&amp;Überall abmelden …</translation>
    </message>
    <message>
        <source>Sign-in and sessions</source>
        <translation>Anmeldung und Sitzungen</translation>
    </message>
    <message>
        <source>Lockout</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>Unlock the user&apos;s sign-in</source>
        <translation>Die Anmeldung des Benutzers entsperren</translation>
    </message>
    <message>
        <source>Lockout:</source>
        <translation>Sperre:</translation>
    </message>
    <message>
        <source>Show the user&apos;s sessions</source>
        <translation>Die Sitzungen des Benutzers anzeigen</translation>
    </message>
    <message>
        <source>Sign the user out of every application</source>
        <translation>Den Benutzer von allen Anwendungen abmelden</translation>
    </message>
    <message>
        <source>End the lockout now: applications accept the password (and the authenticator) again</source>
        <translation>Die Sperre jetzt aufheben: Anwendungen akzeptieren das Passwort (und den Authentifikator) wieder</translation>
    </message>
    <message>
        <source>The user is not locked.</source>
        <translation>Der Benutzer ist nicht gesperrt.</translation>
    </message>
    <message>
        <source>Open the Sessions view with this user&apos;s sessions</source>
        <translation>Die Sitzungsansicht mit den Sitzungen dieses Benutzers öffnen</translation>
    </message>
    <message>
        <source>End every session of the user in every application, after a confirmation</source>
        <translation>Alle Sitzungen des Benutzers in allen Anwendungen beenden, nach einer Bestätigung</translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>Nicht gesperrt</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt …</translation>
    </message>
    <message>
        <source>%1 is unlocked; applications accept the password again.</source>
        <translation>%1 ist entsperrt; Anwendungen akzeptieren das Passwort wieder.</translation>
    </message>
    <message>
        <source>Sign Out Everywhere</source>
        <translation>Überall abmelden</translation>
    </message>
    <message>
        <source>Sign %1 out everywhere?</source>
        <translation>%1 überall abmelden?</translation>
    </message>
    <message>
        <source>Every live session of %1 ends now, and every access token issued to %1 until now stops being accepted. %1 has to sign in again in every application.</source>
        <translation>Alle aktiven Sitzungen von %1 enden jetzt, und kein bis jetzt an %1 ausgestelltes Zugriffstoken wird mehr akzeptiert. %1 muss sich in jeder Anwendung erneut anmelden.</translation>
    </message>
    <message>
        <source>Sign Out %1</source>
        <translation>%1 abmelden</translation>
    </message>
    <message>
        <source>Signing %1 out everywhere…</source>
        <translation>%1 wird überall abgemeldet …</translation>
    </message>
    <message numerus="yes">
        <source>Signed %1 out everywhere: %n session(s) ended.</source>
        <translation>
            <numerusform>%1 überall abgemeldet: %n Sitzung beendet.</numerusform>
            <numerusform>%1 überall abgemeldet: %n Sitzungen beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (verified %2)</source>
        <translation>%1 (bestätigt am %2)</translation>
    </message>
    <message>
        <source>%1 (not verified)</source>
        <translation>%1 (nicht bestätigt)</translation>
    </message>
    <message>
        <source>Locked after failed logins until %1: applications refuse the password until then or until an administrator unlocks the account.</source>
        <translation>Nach fehlgeschlagenen Anmeldungen gesperrt bis %1: Anwendungen lehnen das Passwort bis dahin ab, sofern ein Administrator das Konto nicht vorher entsperrt.</translation>
    </message>
    <message>
        <source>The authenticator was disabled after too many wrong codes: it needs a reset or a new enrollment (Unlock does not bring it back).</source>
        <translation>Der Authentifikator wurde nach zu vielen falschen Codes deaktiviert: Er muss zurückgesetzt oder neu registriert werden („Entsperren“ stellt ihn nicht wieder her).</translation>
    </message>
    <message numerus="yes">
        <source>The authenticator waits after %n wrong code(s) in a row; Unlock ends the wait.</source>
        <translation>
            <numerusform>Der Authentifikator wartet nach %n falschen Code in Folge; „Entsperren“ beendet die Wartezeit.</numerusform>
            <numerusform>Der Authentifikator wartet nach %n falschen Codes in Folge; „Entsperren“ beendet die Wartezeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked: the authenticator waits after wrong codes; Unlock ends the wait.</source>
        <translation>Gesperrt: Der Authentifikator wartet nach falschen Codes; „Entsperren“ beendet die Wartezeit.</translation>
    </message>
</context>
<context>
    <name>authdesk::UserFilterBar</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Seit %1</translation>
    </message>
    <message>
        <source>Before %1</source>
        <translation>Vor %1</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Role filter</source>
        <translation>Rollenfilter</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Beliebige Rolle</translation>
    </message>
    <message>
        <source>MFA filter</source>
        <translation>MFA-Filter</translation>
    </message>
    <message>
        <source>MFA: any</source>
        <translation>MFA: beliebig</translation>
    </message>
    <message>
        <source>MFA enrolled</source>
        <translation>MFA registriert</translation>
    </message>
    <message>
        <source>MFA not enrolled</source>
        <translation>MFA nicht registriert</translation>
    </message>
    <message>
        <source>&amp;Locked</source>
        <translation>&amp;Gesperrt</translation>
    </message>
    <message>
        <source>Users whose authenticator is locked after too many wrong codes</source>
        <translation>Benutzer, deren Authentifikator nach zu vielen falschen Codes gesperrt ist</translation>
    </message>
    <message>
        <source>&amp;Never signed in</source>
        <translation>&amp;Nie angemeldet</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Created: any time</source>
        <translation>Angelegt: beliebig</translation>
    </message>
    <message>
        <source>Created in the last 7 days</source>
        <translation>In den letzten 7 Tagen angelegt</translation>
    </message>
    <message>
        <source>Created in the last 30 days</source>
        <translation>In den letzten 30 Tagen angelegt</translation>
    </message>
    <message>
        <source>Created over a year ago</source>
        <translation>Vor über einem Jahr angelegt</translation>
    </message>
    <message>
        <source>Created: custom range…</source>
        <translation>Angelegt: eigener Zeitraum …</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Signed in: any time</source>
        <translation>Angemeldet: beliebig</translation>
    </message>
    <message>
        <source>Signed in within 7 days</source>
        <translation>In den letzten 7 Tagen angemeldet</translation>
    </message>
    <message>
        <source>Signed in within 30 days</source>
        <translation>In den letzten 30 Tagen angemeldet</translation>
    </message>
    <message>
        <source>Not signed in for 90 days</source>
        <translation>Seit 90 Tagen nicht angemeldet</translation>
    </message>
    <message>
        <source>Signed in: custom range…</source>
        <translation>Angemeldet: eigener Zeitraum …</translation>
    </message>
    <message>
        <source>Users who never signed in are not in these ranges; tick &quot;Never signed in&quot; for them</source>
        <translation>Benutzer, die sich nie angemeldet haben, liegen in keinem dieser Zeiträume; setzen Sie für sie das Häkchen bei „Nie angemeldet“</translation>
    </message>
    <message>
        <source>&amp;Saved Queries</source>
        <translation>Gespeicherte &amp;Abfragen</translation>
    </message>
    <message>
        <source>Apply a query saved for this store, or save the current search and filters</source>
        <translation>Eine für diesen Speicher gespeicherte Abfrage anwenden oder die aktuelle Suche und Filter speichern</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Only the holders of this role</source>
        <translation>Nur die Inhaber dieser Rolle</translation>
    </message>
    <message>
        <source>Both days are included, in this computer&apos;s time zone.</source>
        <translation>Beide Tage sind eingeschlossen, in der Zeitzone dieses Computers.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>The first day comes after the last one.</source>
        <translation>Der erste Tag liegt nach dem letzten.</translation>
    </message>
    <message>
        <source>Created Between</source>
        <translation>Angelegt zwischen</translation>
    </message>
    <message>
        <source>Last Signed In Between</source>
        <translation>Zuletzt angemeldet zwischen</translation>
    </message>
    <message>
        <source>No saved queries for this store</source>
        <translation>Keine gespeicherten Abfragen für diesen Speicher</translation>
    </message>
    <message>
        <source>Save Current Query…</source>
        <translation>Aktuelle Abfrage speichern …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Saved Queries</source>
        <translation>Gespeicherte Abfragen</translation>
    </message>
    <message>
        <source>Save Query</source>
        <translation>Abfrage speichern</translation>
    </message>
    <message>
        <source>Name of the query:</source>
        <translation>Name der Abfrage:</translation>
    </message>
    <message>
        <source>A query named &quot;%1&quot; exists. Replace it?</source>
        <translation>Eine Abfrage namens „%1“ existiert bereits. Ersetzen?</translation>
    </message>
</context>
<context>
    <name>authdesk::UserListModel</name>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>The name the user signs in with</source>
        <translation>Der Name, mit dem sich der Benutzer anmeldet</translation>
    </message>
    <message>
        <source>The user&apos;s email address; it can also be used to sign in</source>
        <translation>Die E-Mail-Adresse des Benutzers; auch mit ihr kann man sich anmelden</translation>
    </message>
    <message>
        <source>The name shown to people</source>
        <translation>Der Name, der Menschen angezeigt wird</translation>
    </message>
    <message>
        <source>Whether the account may sign in</source>
        <translation>Ob sich das Konto anmelden darf</translation>
    </message>
    <message>
        <source>The roles the user holds, which grant console and application permissions. This column cannot be sorted.</source>
        <translation>Die Rollen des Benutzers, die Konsolen- und Anwendungsberechtigungen gewähren. Nach dieser Spalte kann nicht sortiert werden.</translation>
    </message>
    <message>
        <source>When the account was created (local time)</source>
        <translation>Wann das Konto angelegt wurde (Ortszeit)</translation>
    </message>
    <message>
        <source>When the user last signed in (local time)</source>
        <translation>Wann sich der Benutzer zuletzt angemeldet hat (Ortszeit)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Disabled (until %1)</source>
        <translation>Deaktiviert (bis %1)</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>%1 must change the password at the next sign-in.</source>
        <translation>%1 muss das Passwort bei der nächsten Anmeldung ändern.</translation>
    </message>
    <message>
        <source>%1 has no password yet.</source>
        <translation>%1 hat noch kein Passwort.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>No roles</source>
        <translation>Keine Rollen</translation>
    </message>
    <message>
        <source>Has never signed in</source>
        <translation>Hat sich noch nie angemeldet</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Whether the user has an active authenticator app, or it is locked after too many wrong codes. This column cannot be sorted.</source>
        <translation>Ob der Benutzer eine aktive Authenticator-App hat oder ob sie nach zu vielen falschen Codes gesperrt ist. Nach dieser Spalte kann nicht sortiert werden.</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>%1 signs in with an authenticator app.</source>
        <translation>%1 meldet sich mit einer Authenticator-App an.</translation>
    </message>
    <message>
        <source>The authenticator of %1 is locked after too many wrong codes: it waits out a delay, or it was disabled and needs a new enrollment.</source>
        <translation>Der Authentifikator von %1 ist nach zu vielen falschen Codes gesperrt: Er wartet eine Sperrfrist ab, oder er wurde deaktiviert und braucht eine neue Registrierung.</translation>
    </message>
    <message>
        <source>%1 has no authenticator app.</source>
        <translation>%1 hat keine Authenticator-App.</translation>
    </message>
</context>
</TS>
