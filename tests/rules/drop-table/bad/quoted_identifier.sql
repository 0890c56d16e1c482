DROP TABLE "AuditTrail";
