// CYCLES full payment cycles (request → approve on the customer page → check → confirm → refund)
// with the npm line-pay-merchant client against a loopback linepay-sandbox at BASE; prints one
// JSON line. Run by script/bench: node cycles.js BASE CYCLES
'use strict';
const axios = require('axios');

const [base, cyclesText] = process.argv.slice(2);
const cycles = Number(cyclesText);
// line-pay-merchant talks to LINE Pay's own hosts; here the same requests go to the sandbox.
const create = axios.create.bind(axios);
axios.create = config => create({ ...config, baseURL: base });
const { createLinePayClient } = require('line-pay-merchant');

const client = createLinePayClient({
  channelId: '1234567890',
  channelSecretKey: 'paydesk-sandbox-secret-0123456789ab',
  env: 'development'
});

async function cycle(i) {
  const orderId = `LPM-${process.pid}-${i}`;
  const requested = await client.request.send({
    body: {
      amount: 300,
      currency: 'TWD',
      orderId,
      packages: [{ id: 'p1', amount: 300, products: [{ name: 'Tea', quantity: 2, price: 150 }] }],
      redirectUrls: { confirmUrl: 'https://shop.example/confirm', cancelUrl: 'https://shop.example/cancel' }
    }
  });
  const transactionId = requested.body.info.transactionId;
  const token = new URL(requested.body.info.paymentUrl.web).searchParams.get('transactionReserveId');
  const approved = await fetch(`${base}/web/payment/approve`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `transactionReserveId=${encodeURIComponent(token)}`,
    redirect: 'manual' // to the shop's confirmUrl, which is not there
  });
  await approved.text();
  if (approved.status >= 400) throw new Error(`approve: HTTP ${approved.status}`);
  await client.checkPaymentStatus.send({ transactionId, params: {} });
  await client.confirm.send({ transactionId, body: { amount: 300, currency: 'TWD' } });
  await client.refund.send({ transactionId, body: {} });
}

(async () => {
  const started = process.hrtime.bigint();
  for (let i = 0; i < cycles; ++i) await cycle(i);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(JSON.stringify({ client: 'line-pay-merchant 0.9.0', cycles, ms, perSecond: cycles / (ms / 1000) }));
})().catch(error => {
  console.error(error.message || String(error));
  process.exit(1);
});
