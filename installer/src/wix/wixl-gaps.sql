-- What wixl (msitools 0.101) cannot express, applied to the built MSI by scripts/build-msi with
-- `msibuild MSI -q STATEMENT`, one statement per line. The WiX source states the same intent with
-- the elements WiX has (Secure, Permanent, component <Condition>, AllowSameVersionUpgrades).
-- @VERSION@, @UPGRADE_CODE@, @DATA_SDDL@ and @AUMID@ are filled in by build-msi.
--
-- Secure properties: they reach the elevated execute sequence (wixl ignores Property/@Secure).
UPDATE Property SET Value = 'PEERS;PEER_PORTS;LOCAL_PORTS;ALLOW_USER_REPAIR;OPERATORS_GROUP;TRAY;NO_LAUNCH;START_SERVICE;REMOVE_DATA;JVM;PROCRUN_LOG_LEVEL;WIX_DOWNGRADE_DETECTED;WIX_UPGRADE_DETECTED' WHERE Property = 'SecureCustomProperties'
-- Policy values only when given; the Run entry unless TRAY=hide (component conditions).
UPDATE Component SET Condition = 'PEERS' WHERE Component = 'PolicyPeers'
UPDATE Component SET Condition = 'PEER_PORTS' WHERE Component = 'PolicyPeerPorts'
UPDATE Component SET Condition = 'LOCAL_PORTS' WHERE Component = 'PolicyLocalPorts'
UPDATE Component SET Condition = 'OPERATORS_GROUP' WHERE Component = 'PolicyOperatorsGroup'
UPDATE Component SET Condition = 'NOT (TRAY~="hide")' WHERE Component = 'TrayRunEntry'
-- The data directory outlives the product (msidbComponentAttributesPermanent 16 + 64-bit 256).
UPDATE Component SET Attributes = 272 WHERE Component = 'DataDir'
UPDATE Component SET Attributes = 272 WHERE Component = 'DataLogsDir'
UPDATE Component SET Attributes = 272 WHERE Component = 'DataDiagnosticsDir'
-- A rebuild of the same version replaces the installed one instead of installing beside it
-- (VersionMax inclusive, 512 + MigrateFeatures 1). Attributes is part of the key: delete, insert.
DELETE FROM Upgrade WHERE ActionProperty = 'WIX_UPGRADE_DETECTED'
INSERT INTO Upgrade (UpgradeCode, VersionMax, Attributes, ActionProperty) VALUES ('@UPGRADE_CODE@', '@VERSION@', 513, 'WIX_UPGRADE_DETECTED')
-- The data directory's ACL: SYSTEM and Administrators full control, nobody else (config.json may
-- hold OTLP headers; users must not plant files in it either). Inherited by logs and diagnostics.
-- WiX: PermissionEx Sddl in Data.wxi.
CREATE TABLE MsiLockPermissionsEx (MsiLockPermissionsEx CHAR(72) NOT NULL, LockObject CHAR(72) NOT NULL, `Table` CHAR(32) NOT NULL, SDDLText CHAR(0) NOT NULL LOCALIZABLE, Condition CHAR(255) PRIMARY KEY MsiLockPermissionsEx)
INSERT INTO MsiLockPermissionsEx (MsiLockPermissionsEx, LockObject, `Table`, SDDLText) VALUES ('DataDirAcl', 'DATADIR', 'CreateFolder', '@DATA_SDDL@')
-- Service recovery: restart after 60 s, three times a day; also when procrun stops the service
-- with an error rather than crashing (failure-actions flag). Applied by MsiConfigureServices
-- (Windows Installer 5; Wine does not implement it). WiX: ServiceConfig(FailureActions) in Service.wxi.
CREATE TABLE MsiServiceConfigFailureActions (MsiServiceConfigFailureActions CHAR(72) NOT NULL, Name CHAR(255) NOT NULL LOCALIZABLE, Event INT NOT NULL, ResetPeriod LONG, RebootMessage CHAR(255) LOCALIZABLE, Command CHAR(255) LOCALIZABLE, Actions CHAR(255), DelayActions CHAR(255), Component_ CHAR(72) NOT NULL PRIMARY KEY MsiServiceConfigFailureActions)
INSERT INTO MsiServiceConfigFailureActions (MsiServiceConfigFailureActions, Name, Event, ResetPeriod, Actions, DelayActions, Component_) VALUES ('ServiceRestarts', 'MaemukiBridgeLink', 1, 86400, '1[~]1[~]1', '60000[~]60000[~]60000', 'ServiceHost')
CREATE TABLE MsiServiceConfig (MsiServiceConfig CHAR(72) NOT NULL, Name CHAR(255) NOT NULL LOCALIZABLE, Event INT NOT NULL, ConfigType LONG NOT NULL, Argument CHAR(0), Component_ CHAR(72) NOT NULL PRIMARY KEY MsiServiceConfig)
INSERT INTO MsiServiceConfig (MsiServiceConfig, Name, Event, ConfigType, Argument, Component_) VALUES ('ServiceFailureActionsFlag', 'MaemukiBridgeLink', 1, 4, '1', 'ServiceHost')
INSERT INTO InstallExecuteSequence (Action, Sequence) VALUES ('MsiConfigureServices', 5850)
-- The tray's Start-menu entry carries the AppUserModelID the tray sets on itself, so Windows files
-- its notifications under the product's name (PropertyKey by canonical name; Windows Installer 5).
-- WiX: ShortcutProperty in Tray.wxi.
CREATE TABLE MsiShortcutProperty (MsiShortcutProperty CHAR(72) NOT NULL, Shortcut_ CHAR(72) NOT NULL, PropertyKey CHAR(0) NOT NULL, PropVariantValue CHAR(0) NOT NULL PRIMARY KEY MsiShortcutProperty)
INSERT INTO MsiShortcutProperty (MsiShortcutProperty, Shortcut_, PropertyKey, PropVariantValue) VALUES ('TrayAppUserModelId', 'TrayStartMenu', 'System.AppUserModel.ID', '@AUMID@')
