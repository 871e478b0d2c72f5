using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Tracker.BrowserTests.Infrastructure;
using Tracker.Testing.Http;

namespace Tracker.BrowserTests;

/// <summary>
/// Online deletion of an export arrival report through the three parties' pages: the enterprise
/// applies with a PDF, the terminal confirms, customs approves, each step reaching the other pages
/// live; and each party sees only its own requests.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class ArrivalDeletionPageTests(SharedBrowserHost host)
{
    /// <summary>A step reaches the other pages through the hub, well before the list's 30 s refresh.</summary>
    private const float Live = 10_000;

    [Fact]
    public async Task Enterprise_applies_terminal_confirms_customs_approves_and_the_arrival_report_is_deleted()
    {
        var seeds = await DeletionSeeds.PrepareAsync(host.Api);
        await using var enterprise = await host.OpenAsync("/arrival-deletions", "enterprise", tenant: seeds.Tenant);
        await using var terminal = await host.OpenAsync("/arrival-deletions", role: null, token: await host.Api.TokenAsync("terminal", facility: seeds.Facility));
        await using var customs = await host.OpenAsync("/arrival-deletions", "customs", office: seeds.Office);
        foreach (var page in new[] { enterprise, terminal, customs })
        {
            await page.WaitForViewAsync("arrival-deletions");
            await page.WaitForConnectedAsync();
            await page.Page.Locator("[data-empty=true]").WaitForAsync();
        }

        // A refusal names its field, and shows next to it.
        var form = enterprise.Page.Locator("form[data-form=apply]");
        await form.Locator("input[name=container]").FillAsync("CSQU3054384");
        await form.Locator("textarea[name=reason]").FillAsync("Booking moved to a later vessel");
        await form.Locator("[data-action=apply]").ClickAsync();
        await form.Locator("[data-error-for=container]").WaitForAsync();

        await form.Locator("input[name=container]").FillAsync(seeds.Container);
        await form.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "booking-amendment.pdf", MimeType = "application/pdf", Buffer = DeletionSeeds.Pdf });
        await form.Locator("[data-action=apply]").ClickAsync();
        var row = $"[data-request][data-container='{seeds.Container}']";
        await enterprise.Page.Locator($"{row}[data-status=REQUESTED]").WaitForAsync();
        Assert.Equal(0, await form.Locator("[data-error-for]").CountAsync());
        var detail = enterprise.Page.Locator(".request-detail");
        await detail.Locator("[data-attachment]").WaitForAsync();
        Assert.Contains("booking-amendment.pdf", await detail.InnerTextAsync());
        Assert.Contains("Applied", await detail.Locator(".history").InnerTextAsync());

        // The attachment downloads with the token, byte for byte.
        var download = await enterprise.Page.RunAndWaitForDownloadAsync(() => detail.Locator("[data-action=download]").ClickAsync());
        Assert.Equal("booking-amendment.pdf", download.SuggestedFilename);
        var saved = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(saved);
        Assert.Equal(DeletionSeeds.Pdf, await File.ReadAllBytesAsync(saved));
        File.Delete(saved);
        await Screenshots.SaveAsync(enterprise, "arrival-deletions-enterprise-en");

        // The terminal sees it arrive live, and confirms.
        await terminal.Page.Locator($"{row}[data-status=REQUESTED]").WaitForAsync(new() { Timeout = Live });
        await terminal.Page.Locator($"{row} button").ClickAsync();
        await terminal.Page.Locator(".request-detail [data-action=confirm]").WaitForAsync();
        await Screenshots.SaveAsync(terminal, "arrival-deletions-terminal-en");
        await terminal.Page.FillAsync(".request-detail textarea[name=note]", "Box in yard block C3, eligible");
        await terminal.Page.ClickAsync(".request-detail [data-action=confirm]");
        await terminal.Page.Locator($".request-detail[data-status=TERMINAL_CONFIRMED]").WaitForAsync();

        // Customs and the enterprise see the confirmation live; customs approves.
        await enterprise.Page.Locator($"{row}[data-status=TERMINAL_CONFIRMED]").WaitForAsync(new() { Timeout = Live });
        await customs.Page.Locator($"{row}[data-status=TERMINAL_CONFIRMED]").WaitForAsync(new() { Timeout = Live });
        await customs.Page.Locator($"{row} button").ClickAsync();
        await customs.Page.Locator(".request-detail [data-action=approve]").WaitForAsync();
        Assert.Contains("Box in yard block C3, eligible", await customs.Page.Locator(".request-detail .history").InnerTextAsync());
        await customs.Page.ClickAsync(".request-detail [data-action=approve]");
        await customs.Page.Locator(".request-detail[data-status=APPROVED]").WaitForAsync();
        await customs.WaitForAsync("() => Number(JSON.parse(document.querySelector('.deletion-stats')?.dataset.stats ?? '{}').approved) >= 1");
        await Screenshots.SaveAsync(customs, "arrival-deletions-customs-en");

        // Everyone's page follows; the enterprise's detail shows the whole history.
        await enterprise.Page.Locator($"{row}[data-status=APPROVED]").WaitForAsync(new() { Timeout = Live });
        await terminal.Page.Locator($"{row}[data-status=APPROVED]").WaitForAsync(new() { Timeout = Live });
        await enterprise.Page.Locator(".request-detail[data-status=APPROVED]").WaitForAsync(new() { Timeout = Live });
        var history = await enterprise.Page.Locator(".request-detail .history li").AllInnerTextsAsync();
        Assert.Equal(3, history.Count);
        Assert.Contains("Approved by customs", history[2]);

        // The enterprise's container page now shows the deletion (ARRD) on the timeline and in the customs steps.
        await enterprise.Page.GotoAsync(new Uri(new Uri(enterprise.Page.Url), $"/containers/{seeds.Container}").ToString());
        var deleted = enterprise.Page.Locator(".timeline li[data-code=ARRD]");
        await deleted.WaitForAsync(new() { Timeout = Live });
        Assert.Contains("Arrival report deleted", await deleted.InnerTextAsync());

        // The browser logs the deliberate refusal (a 400) as a failed resource; nothing else may show up.
        Assert.All(enterprise.Errors, e => Assert.Contains("status of 400", e));
        Assert.Empty(terminal.Errors);
        Assert.Empty(customs.Errors);
    }

    [Fact]
    public async Task Each_party_sees_only_its_own_requests()
    {
        var seeds = await DeletionSeeds.PrepareAsync(host.Api);
        using (var created = await host.Api.PostAsync("/api/v1/arrival-deletions", Json.Obj(
            ("container", seeds.Container), ("reason", "plans changed"), ("resend", false), ("attachments", new JsonArray())),
            await host.Api.TokenAsync("enterprise", tenant: seeds.Tenant)))
        {
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        }

        var row = $"[data-request][data-container='{seeds.Container}']";
        var own = new[]
        {
            await host.OpenAsync("/arrival-deletions", "enterprise", tenant: seeds.Tenant),
            await host.OpenAsync("/arrival-deletions", role: null, token: await host.Api.TokenAsync("terminal", facility: seeds.Facility)),
            await host.OpenAsync("/arrival-deletions", "customs", office: seeds.Office),
            await host.OpenAsync("/arrival-deletions", "control"),
        };
        var others = new[]
        {
            await host.OpenAsync("/arrival-deletions", "enterprise", tenant: Ids.Unique("tenant")),
            await host.OpenAsync("/arrival-deletions", role: null, token: await host.Api.TokenAsync("terminal", facility: Ids.Unique("F"))),
            await host.OpenAsync("/arrival-deletions", "customs", office: Ids.Unique("office")),
        };
        try
        {
            foreach (var page in own)
            {
                await page.Page.Locator(row).WaitForAsync();
            }

            // Control reads but takes no step.
            await own[3].Page.Locator($"{row} button").ClickAsync();
            await own[3].Page.Locator(".request-detail .notice").WaitForAsync();
            Assert.Equal(0, await own[3].Page.Locator(".request-detail [data-actions]").CountAsync());
            await Screenshots.SaveAsync(own[3], "arrival-deletions-control-en");

            foreach (var page in others)
            {
                await page.Page.Locator("[data-empty=true]").WaitForAsync();
                Assert.Equal(0, await page.Page.Locator("[data-request]").CountAsync());
                Assert.Empty(page.Errors);
            }

            foreach (var page in own)
            {
                Assert.Empty(page.Errors);
            }
        }
        finally
        {
            foreach (var page in own.Concat(others))
            {
                await page.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task The_customs_page_reads_in_chinese()
    {
        var seeds = await DeletionSeeds.PrepareAsync(host.Api);
        using (var created = await host.Api.PostAsync("/api/v1/arrival-deletions", Json.Obj(
            ("container", seeds.Container), ("reason", "订舱变更，改配下一航次"), ("resend", true), ("attachments", Json.Arr(Json.Obj(
                ("name", "订舱更改函.pdf"), ("contentType", "application/pdf"), ("dataBase64", Convert.ToBase64String(DeletionSeeds.Pdf)))))),
            await host.Api.TokenAsync("enterprise", tenant: seeds.Tenant)))
        {
            var body = JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
            using var confirmed = await host.Api.PostAsync($"/api/v1/arrival-deletions/{body["id"]}/confirm", Json.Obj(("note", "箱在堆场C3，符合条件")),
                await host.Api.TokenAsync("terminal", facility: seeds.Facility));
            Assert.True(confirmed.IsSuccessStatusCode, await confirmed.Content.ReadAsStringAsync());
        }

        await using var customs = await host.OpenAsync("/arrival-deletions", "customs", "zh", office: seeds.Office);
        var row = $"[data-request][data-container='{seeds.Container}']";
        await customs.Page.Locator($"{row}[data-status=TERMINAL_CONFIRMED]").WaitForAsync();
        await customs.Page.Locator($"{row} button").ClickAsync();
        await customs.Page.Locator(".request-detail [data-action=approve]").WaitForAsync();
        Assert.Contains("待海关审批", await customs.Page.Locator(row).InnerTextAsync());
        Assert.Contains("批准", await customs.Page.Locator(".request-detail [data-action=approve]").InnerTextAsync());
        await Screenshots.SaveAsync(customs, "arrival-deletions-customs-zh");
        Assert.Empty(customs.Errors);
    }

    [Fact]
    public async Task The_refusals_of_the_api_read_in_chinese_next_to_their_fields()
    {
        await using var page = await host.OpenAsync("/arrival-deletions", "enterprise", "zh", tenant: Ids.Unique("tenant"));
        await page.WaitForViewAsync("arrival-deletions");
        var texts = await page.Page.EvaluateAsync<string[]>(
            @"async () => {
                const { fieldErrors } = await import('/app/views/deletions/field-errors.js');
                const refused = { problem: { errors: {
                  container: ['CSQU3054383 has no arrival report in force'],
                  reason: ['is required'],
                  'attachments[0].contentType': ['must be one of application/pdf, image/jpeg, image/png'],
                  'attachments[1].dataBase64': ['is not a application/pdf file'],
                } } };
                const open = { problem: { detail: 'Request ad-1 to delete the arrival report of CSQU3054383 is still open.' } };
                const e = fieldErrors(refused, ['container', 'reason', 'attachments']);
                return [...e.container, ...e.reason, ...e.attachments, ...fieldErrors(open, ['container']).form, ...fieldErrors({ problem: { errors: { x: ['something new'] } } }).x];
              }");
        Assert.Equal(
            ["CSQU3054383 没有有效的运抵报告", "必填", "只接受 PDF、JPEG 或 PNG 文件", "文件内容不是 application/pdf", "集装箱 CSQU3054383 已有办理中的删除申请 ad-1。", "something new"],
            texts);
    }
}
