-- What wixl (msitools 0.101) cannot express, applied to the built MSI by scripts/build-msi with
-- `msibuild MSI -q STATEMENT`, one statement per line. The WiX source states the same intent with
-- the elements WiX has (Secure, Permanent, component <Condition>, AllowSameVersionUpgrades).
-- @VERSION@ and @UPGRADE_CODE@ are filled in by build-msi.
--
-- Secure properties: they reach the elevated execute sequence (wixl ignores Property/@Secure).
UPDATE Property SET Value = 'PEERS;PEER_PORTS;LOCAL_PORTS;ALLOW_USER_REPAIR;TRAY;NO_LAUNCH;START_SERVICE;REMOVE_DATA;JVM;PROCRUN_LOG_LEVEL;WIX_DOWNGRADE_DETECTED;WIX_UPGRADE_DETECTED' WHERE Property = 'SecureCustomProperties'
-- Policy values only when given; the Run entry unless TRAY=hide (component conditions).
UPDATE Component SET Condition = 'PEERS' WHERE Component = 'PolicyPeers'
UPDATE Component SET Condition = 'PEER_PORTS' WHERE Component = 'PolicyPeerPorts'
UPDATE Component SET Condition = 'LOCAL_PORTS' WHERE Component = 'PolicyLocalPorts'
UPDATE Component SET Condition = 'NOT (TRAY~="hide")' WHERE Component = 'TrayRunEntry'
-- The data directory outlives the product (msidbComponentAttributesPermanent 16 + 64-bit 256).
UPDATE Component SET Attributes = 272 WHERE Component = 'DataDir'
UPDATE Component SET Attributes = 272 WHERE Component = 'DataConfigDir'
UPDATE Component SET Attributes = 272 WHERE Component = 'DataLogsDir'
UPDATE Component SET Attributes = 272 WHERE Component = 'DataAuditDir'
UPDATE Component SET Attributes = 272 WHERE Component = 'DataDiagnosticsDir'
-- A rebuild of the same version replaces the installed one instead of installing beside it
-- (VersionMax inclusive, 512 + MigrateFeatures 1). Attributes is part of the key: delete, insert.
DELETE FROM Upgrade WHERE ActionProperty = 'WIX_UPGRADE_DETECTED'
INSERT INTO Upgrade (UpgradeCode, VersionMax, Attributes, ActionProperty) VALUES ('@UPGRADE_CODE@', '@VERSION@', 513, 'WIX_UPGRADE_DETECTED')
