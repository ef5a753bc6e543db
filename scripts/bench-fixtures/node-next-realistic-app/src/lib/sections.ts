export const SECTIONS = ["orders", "invoices", "customers", "products", "shipments", "returns", "reports", "settings", "teams", "projects", "tickets", "calendar"] as const;
