import { benchRecords } from "./bench/termination.bench.ts";
import { assessPortfolio } from "./src/relationship/index.ts";
const data = benchRecords().slice(0, 20000);
const countFit = { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" } as const;
const spendFit = { model: "gamma-gamma", params: { p: 6.25, q: 3.74, gamma: 15.44 } } as const;
const costDrivers = { perIncidentStaffHour: 45, otherInteraction: 0.2, perInteraction: { call: 7, email: 2 }, perComplaint: 25 };
const ctx = { asOf: "2024-06-30", countFit, spendFit, grossMarginRate: 0.3, discountRate: 0.0018, forecast: { horizon: 52, period: 4 }, costDrivers };
assessPortfolio(data, ctx);
const c0 = process.cpuUsage(); assessPortfolio(data, ctx); const c = process.cpuUsage(c0); console.log((c.user + c.system) / 1000);
